public import ArgumentParser
public import Booklet
import Timetable

/// Where and how exports are written; shared by `cursus solve` and `cursus export`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder that receives one subfolder per programme.")
    var out: String = "exports"

    @Option(name: .long, help: "Paper of the PDF booklet: a5 or a4.")
    var paper: Paper = .a5

    @Option(name: .long, help: "Public URL of the export folder (e.g. https://example.org/cursus/emancipasso-2023/); adds webcal:// subscribe buttons to the HTML index.")
    var feedBaseURL: String?

    var publisher: Publisher {
        Publisher(paper: paper, timetable: TimetableOptions(feedBaseURL: feedBaseURL))
    }
}

extension Paper: ExpressibleByArgument {}
