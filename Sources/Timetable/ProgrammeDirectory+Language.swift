import Curriculum
import Presentation

extension ProgrammeDirectory {
    /// ` lang="en"` for an occurrence whose title is in another language than the page, else "".
    func languageAttribute(of entry: ScheduledOccurrence) -> String {
        let language = language(of: entry)
        return language == programme.language ? "" : " lang=\"" + MarkupText.escape(language) + "\""
    }
}
