// swift-tools-version: 6.1
import PackageDescription

/// Strict settings shared by every target (see STYLE.md, rule 15).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Cursus",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cursus", targets: ["cursus"]),
        .library(name: "Curriculum", targets: ["Curriculum"]),
        .library(name: "Timetabling", targets: ["Timetabling"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
        .library(name: "Presentation", targets: ["Presentation"]),
        .library(name: "Timetable", targets: ["Timetable"]),
        .library(name: "Booklet", targets: ["Booklet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    ],
    targets: [
        .target(
            name: "Curriculum",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Timetabling",
            dependencies: ["Curriculum"],
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
        .target(
            name: "ICalendar",
            dependencies: ["CLibical", "Curriculum", "Presentation"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Releases",
            dependencies: ["Curriculum"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Benchmarks",
            dependencies: ["Curriculum", "Timetabling"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Presentation",
            dependencies: ["Curriculum"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Timetable",
            dependencies: ["Curriculum", "Presentation"],
            swiftSettings: strictSettings
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .target(
            name: "Booklet",
            dependencies: ["Curriculum", "Presentation", "CPangoCairo", "CHyphen"],
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "Server",
            dependencies: ["CZlib", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CalDAV",
            dependencies: ["Curriculum", "ICalendar", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cursus",
            dependencies: [
                "Curriculum", "Timetabling", "Benchmarks", "ICalendar", "Presentation", "Timetable", "Booklet", "Releases", "Server", "CalDAV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CurriculumTests", dependencies: ["CursusTestSupport", "Curriculum"], exclude: ["Malformed", "Loading/Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TimetablingTests", dependencies: ["CursusTestSupport", "Timetabling", "Curriculum", "Benchmarks"], exclude: ["Explanation/Infeasible"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "BenchmarksTests", dependencies: ["CursusTestSupport", "Benchmarks", "Timetabling", "Curriculum"], swiftSettings: strictSettings),
        .testTarget(
            name: "ICalendarTests", dependencies: ["CursusTestSupport", "ICalendar", "Curriculum", "Presentation"], exclude: ["Fixtures", "Snapshots", ".gitattributes"],
            swiftSettings: strictSettings
        ),
        // What the test targets share: package root, process runner, snapshot assertion, ITC-2007 fixtures.
        .target(name: "CursusTestSupport", path: "Tests/CursusTestSupport", swiftSettings: strictSettings),
        .target(name: "PrintTestSupport", dependencies: ["Curriculum"], path: "Tests/PrintTestSupport", swiftSettings: strictSettings),
        .testTarget(name: "PresentationTests", dependencies: ["CursusTestSupport", "Presentation", "Curriculum"], swiftSettings: strictSettings),
        .testTarget(
            name: "TimetableTests", dependencies: ["CursusTestSupport", "Timetable", "Presentation", "Curriculum", "PrintTestSupport"], exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "BookletTests", dependencies: ["CursusTestSupport", "Booklet", "Presentation", "Curriculum", "PrintTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "ReleasesTests", dependencies: ["Releases", "Curriculum"], swiftSettings: strictSettings),
        .testTarget(name: "CursusTests", dependencies: ["CursusTestSupport", "cursus"], exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "ServerTests",
            dependencies: ["Server", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CalDAVTests", dependencies: ["CursusTestSupport", "CalDAV", "ICalendar", "Curriculum"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (see docs/reliability.md, `make fuzz`): only with CURSUS_FUZZ=1, because they
// link only with `-sanitize=fuzzer` and stay out of the normal build.
if Context.environment["CURSUS_FUZZ"] == "1" {
    package.targets += [
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzCurriculum", dependencies: ["FuzzSupport", "Curriculum"], path: "Fuzz/FuzzCurriculum"),
        .executableTarget(name: "FuzzCalendar", dependencies: ["FuzzSupport", "Curriculum", "ICalendar"], path: "Fuzz/FuzzCalendar"),
        .executableTarget(name: "FuzzCTT", dependencies: ["FuzzSupport", "Benchmarks"], path: "Fuzz/FuzzCTT"),
    ]
}
