public import Curriculum
import Presentation

/// Writes the HTML timetables of a schedule: `index.html` (the programme day by day, with links to
/// every view and feed) and one page of week grids per cohort, trainer and room.
///
/// Pages are self-contained (inline CSS, no script, no network), well-formed XML as well as HTML5,
/// and print on A4 landscape, one week per page. Output depends only on the inputs.
public enum TimetableWriter {
    /// Every page, `index.html` first, then the cohort, trainer and room views in programme order.
    /// - Parameters:
    ///   - feeds: file names of the `.ics` feeds written beside the pages, linked from the index.
    ///   - options: e.g. the public URL of the feeds, for `webcal://` subscribe buttons.
    public static func pages(
        schedule: Schedule, programme: Programme, feeds: [String], options: TimetableOptions = TimetableOptions()
    ) -> [HTMLPage] {
        let directory = ProgrammeDirectory(schedule: schedule, programme: programme)
        let files = fileNames(of: directory.views)
        let index = HTMLPage(
            fileName: "index.html",
            html: IndexPage(directory: directory, blocks: schedule.blocks, files: files, feeds: feeds, options: options).html
        )
        return [index] + files.map { view, fileName in
            HTMLPage(
                fileName: fileName,
                html: GridPage(directory: directory, view: view, marks: CalendarMarks(directory: directory, view: view, blocks: schedule.blocks)).html
            )
        }
    }

    /// A distinct file name per view (a `-2`, `-3` … suffix when two ids reduce to the same name).
    static func fileNames(of views: [TimetableView]) -> [(TimetableView, String)] {
        var taken: Set<String> = ["index"]
        return views.map { view in
            var stem = view.fileStem
            var counter = 2
            while taken.contains(stem) {
                stem = view.fileStem + "-" + String(counter)
                counter += 1
            }
            taken.insert(stem)
            return (view, stem + ".html")
        }
    }

    /// The document around a page's body.
    static func document(title: String, language: Localization, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.language)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(MarkupText.escape(title))</title>
        <style>
        \(Stylesheet.css)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
