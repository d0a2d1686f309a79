public import Curriculum
import Presentation

/// Writes the programme booklet as PDF with Pango on Cairo: a cover (title, organisers, dates,
/// venues), the programme day by day, week grids, an index of trainers with their sessions and of
/// venues with their addresses, and page numbers. Titles are hyphenated in their language with
/// libhyphen's dictionaries (``warnings(programme:)`` names the languages that have none). Fonts (DejaVu Sans, found through fontconfig)
/// are embedded; the same inputs give the same bytes.
public enum BookletWriter {
    /// The booklet's bytes.
    /// - Parameter paper: A5 portrait (the default) or A4 portrait.
    /// - Throws: `BookletError` when Cairo fails.
    public static func pdf(schedule: Schedule, programme: Programme, paper: Paper = .a5) throws(BookletError) -> [UInt8] {
        let style = BookletStyle(paper: paper)
        let canvas = try PDFCanvas(width: style.pageWidth, height: style.pageHeight, language: programme.language)
        canvas.setMetadata(
            title: programme.title, author: programme.organisers.joined(separator: ", "),
            subject: programme.subtitle ?? "", creator: "Cursus", date: pdfDate(schedule.published)
        )
        var composer = BookletComposer(
            canvas: canvas, style: style, directory: ProgrammeDirectory(schedule: schedule, programme: programme), schedule: schedule,
            hyphenation: Hyphenation(programme: programme)
        )
        composer.composeCover()
        composer.composeProgramme()
        composer.composeWeekGrids()
        composer.composeIndexes()
        composer.finish()
        return try canvas.finish()
    }

    /// What the booklet of `programme` lacks, as located warnings: each language of the programme
    /// or of a session without a hyphenation dictionary (its text is then set without hyphens).
    public static func warnings(programme: Programme) -> [String] {
        Hyphenation(programme: programme).warnings
    }

    /// The publication time in the form Cairo's metadata accepts (`YYYY-MM-DDThh:mm:ss` with an
    /// optional `Z` or `±hh:mm`); the Unix epoch when it is not ISO 8601, so that output stays
    /// reproducible.
    static func pdfDate(_ published: String) -> String {
        let characters = Array(published)
        let pattern = Array("dddd-dd-ddTdd:dd:dd")
        guard characters.count >= pattern.count,
              zip(characters, pattern).allSatisfy({ $1 == "d" ? $0.isASCII && $0.isNumber : $0 == $1 })
        else { return "1970-01-01T00:00:00Z" }
        let dateTime = String(characters[0..<pattern.count])
        var rest = characters[pattern.count...]
        if rest.first == "." { rest = rest.drop(while: { $0 == "." || $0.isNumber }) }
        let zone = String(rest)
        let isOffset = zone.count == 6 && (zone.hasPrefix("+") || zone.hasPrefix("-")) && Array(zone)[3] == ":"
        return dateTime + (zone == "Z" || isOffset ? zone : "")
    }
}
