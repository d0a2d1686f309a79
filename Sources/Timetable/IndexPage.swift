import Curriculum
import Foundation
import Presentation

/// `index.html`: the programme's heading, links to every view and feed, and the programme day by day.
struct IndexPage {
    let directory: ProgrammeDirectory
    let blocks: [ScheduledBlock]
    let files: [(TimetableView, String)]
    let feeds: [String]
    let options: TimetableOptions

    private var l10n: Localization { directory.localization }
    private var programme: Programme { directory.programme }

    var html: String {
        TimetableWriter.document(
            title: programme.title, language: l10n,
            body: header + "<main>\n" + changes + viewLinks + feedLinks + dayByDay + periods + "</main>\n"
        )
    }

    private func e(_ text: String) -> String { MarkupText.escape(text) }

    private var header: String {
        var html = "<header>\n<h1>\(e(l10n.typeset(programme.title)))</h1>\n"
        if let subtitle = programme.subtitle, !subtitle.isEmpty {
            html += "<p class=\"subtitle\">\(e(l10n.typeset(subtitle)))</p>\n"
        }
        if let first = directory.dates.first, let last = directory.dates.last {
            html += "<p class=\"meta\">\(e(l10n.dateRange(from: first, to: last)))</p>\n"
        }
        if !programme.organisers.isEmpty {
            html += "<p class=\"meta\">\(e(l10n.text(.organisedBy) + " " + l10n.list(programme.organisers)))</p>\n"
        }
        for id in directory.usedVenues {
            let address = directory.venue(id)?.address.map { " — " + $0 } ?? ""
            let zone = directory.showsTimeZones ? directory.venue(id).map { " (" + $0.timezone + ")" } ?? "" : ""
            html += "<p class=\"meta\">\(e(directory.venueName(id) + address + zone))</p>\n"
        }
        return html + "</header>\n"
    }

    /// The latest releases: a heading and a list of changes per release, linked to its report.
    private var changes: String {
        guard let recent = options.recentChanges, !recent.releases.isEmpty else { return "" }
        var html = "<section class=\"changes\">\n<h2>\(e(recent.heading))</h2>\n"
        for release in recent.releases {
            html += "<h3><a href=\"\(e(MarkupText.percentEncoded(release.link)))\">\(e(release.title))</a></h3>\n<ul>\n"
            for line in release.lines { html += "<li>\(e(line))</li>\n" }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private var viewLinks: String {
        let groups: [(Label, [(TimetableView, String)])] = [
            (.cohorts, files.filter { if case .cohort = $0.0 { true } else { false } }),
            (.trainers, files.filter { if case .trainer = $0.0 { true } else { false } }),
            (.rooms, files.filter { if case .room = $0.0 { true } else { false } }),
        ]
        var html = ""
        for (label, links) in groups where !links.isEmpty {
            html += "<nav class=\"views\" aria-label=\"\(e(l10n.text(label)))\">\n<h2>\(e(l10n.text(label)))</h2>\n<ul>\n"
            for (view, file) in links {
                html += "<li><a href=\"\(e(MarkupText.percentEncoded(file)))\">\(e(directory.name(of: view)))</a>"
                // A view without sessions keeps its page and feed (subscriptions stay valid), marked as empty.
                if directory.entries(of: view).isEmpty { html += " <span class=\"meta\">— \(e(l10n.text(.noSessions)))</span>" }
                html += "</li>\n"
            }
            html += "</ul>\n</nav>\n"
        }
        return html
    }

    private var feedLinks: String {
        guard !feeds.isEmpty else { return "" }
        var html = "<section class=\"feeds\">\n<h2>\(e(l10n.text(.calendarFeeds)))</h2>\n<ul class=\"feeds\">\n"
        for feed in feeds {
            let link = MarkupText.percentEncoded(feed)
            html += "<li><a href=\"\(e(link))\">\(e(label(ofFeed: feed)))</a> <span class=\"meta\">(\(e(feed)))</span>"
            if let webcal = webcalURL(link) {
                html += " <a class=\"button\" href=\"\(e(webcal))\">\(e(l10n.text(.subscribe)))</a>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// What a feed shows: the programme's title for `<programme>.ics`, the view's name for a feed
    /// named like a view's page (`trainer-blanc.ics` and `trainer-blanc.html`), the venue's name for
    /// `venue-<id>.ics`, else its file name.
    private func label(ofFeed feed: String) -> String {
        guard feed.hasSuffix(".ics") else { return feed }
        let stem = String(feed.dropLast(4))
        if stem == programme.id { return l10n.typeset(programme.title) }
        if let view = files.first(where: { $0.1 == stem + ".html" })?.0 { return directory.name(of: view) }
        if stem.hasPrefix("venue-"), let venue = directory.venue(String(stem.dropFirst("venue-".count))) { return venue.name }
        return feed
    }

    /// `webcal://host/path/feed.ics` from the feed base URL, whatever its scheme.
    private func webcalURL(_ link: String) -> String? {
        guard var base = options.feedBaseURL, !base.isEmpty else { return nil }
        if let scheme = base.range(of: "://") { base = String(base[scheme.upperBound...]) }
        if !base.hasSuffix("/") { base += "/" }
        return "webcal://" + base + link
    }

    private var dayByDay: String {
        var html = "<section class=\"programme\">\n<h2>\(e(l10n.text(.atAGlance)))</h2>\n"
        if directory.entries.isEmpty {
            html += "<p class=\"empty\">\(e(l10n.text(.noSessions)))</p>\n"
        }
        let showCohorts = programme.cohorts.count > 1
        for date in directory.dates {
            html += "<section class=\"day\">\n<h3 id=\"d\(date)\">\(e(l10n.longDate(date)))</h3>\n"
            html += "<table class=\"agenda\">\n<caption class=\"visually-hidden\">\(e(l10n.longDate(date)))</caption>\n<colgroup><col class=\"when\"/><col class=\"what\"/><col class=\"who\"/><col class=\"where\"/></colgroup>\n<thead><tr><th scope=\"col\">\(e(l10n.text(.time)))</th>"
            html += "<th scope=\"col\">\(e(l10n.text(.session)))</th><th scope=\"col\">\(e(l10n.text(.speakers)))</th>"
            html += "<th scope=\"col\">\(e(l10n.text(.room)))</th></tr></thead>\n<tbody>\n"
            for entry in directory.entries where entry.date == date {
                html += "<tr data-key=\"\(e(entry.key))\"><td class=\"when\">\(e(l10n.timeRange(entry.startTime, entry.endTime)))"
                if directory.showsTimeZones { html += "<br/><span class=\"zone\">\(e(entry.timezone))</span>" }
                html += "</td><td><span class=\"title\"\(directory.languageAttribute(of: entry))>\(e(directory.title(of: entry)))</span>"
                if showCohorts, !entry.cohorts.isEmpty {
                    let cohorts = entry.cohorts.map { link(.cohort($0), text: directory.cohortName($0)) }
                    html += "<br/><span class=\"meta\">\(l10n.list(cohorts))</span>"
                }
                let speakers = entry.trainers.map { id in link(.trainer(id), text: directory.trainerWithOrganisation(id)) }
                let place = entry.room.map { link(.room($0), text: directory.place(of: entry)) } ?? e(directory.place(of: entry))
                html += "</td><td>\(l10n.list(speakers))</td><td>\(place)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n</section>\n"
        }
        return html + "</section>\n"
    }

    /// `text` escaped, as a link to the view's page when it has one.
    private func link(_ view: TimetableView, text: String) -> String {
        guard let file = files.first(where: { $0.0 == view })?.1 else { return e(text) }
        return "<a href=\"\(e(MarkupText.percentEncoded(file)))\">\(e(text))</a>"
    }

    private var periods: String {
        guard !blocks.isEmpty else { return "" }
        var html = "<section class=\"periods\">\n<h2>\(e(l10n.text(.periods)))</h2>\n<ul>\n"
        for block in blocks.sorted(by: { ($0.from, $0.to, $0.id) < ($1.from, $1.to, $1.id) }) {
            let place = block.venue.map { ", " + directory.venueName($0) } ?? ""
            html += "<li>\(e(l10n.labelled(l10n.dateRange(from: block.from, to: block.to), l10n.typeset(block.title) + place)))</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }
}
