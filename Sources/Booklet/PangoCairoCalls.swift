import CPangoCairo

// Every call into Cairo, Pango and GLib lives in this file. The handles below own their C
// objects and free them in `deinit`; nothing of C leaves the Booklet module.

/// A Pango layout of one text block, owned (freed with `g_object_unref`).
final class TextLayout {
    fileprivate let layout: OpaquePointer

    fileprivate init(context: OpaquePointer, markup: String, font: Font, frame: TextFrame, language: String) {
        layout = pango_cairo_create_layout(context)
        let description = pango_font_description_new()
        pango_font_description_set_family(description, "DejaVu Sans")
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        if let width = frame.width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, frame.breaksWords ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        switch frame.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if let lines = frame.maximumLines {
            pango_layout_set_height(layout, -Int32(max(1, lines)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        } else if let height = frame.maximumHeight {
            pango_layout_set_height(layout, Int32(height * Double(PANGO_SCALE)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        pango_layout_set_markup(layout, markup, -1)
        // The document's language under the markup's own attributes (a `<span lang>` wins).
        let attributes = pango_layout_get_attributes(layout).map { pango_attr_list_copy($0) } ?? pango_attr_list_new()
        pango_attr_list_insert_before(attributes, pango_attr_language_new(pango_language_from_string(language)))
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Logical width and height in points.
    var size: (width: Double, height: Double) {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return (Double(width) / Double(PANGO_SCALE), Double(height) / Double(PANGO_SCALE))
    }

    /// Number of lines after wrapping.
    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Logical width in points of the last line, where leader dots may start.
    var lastLineWidth: Double {
        guard let line = pango_layout_get_line_readonly(layout, pango_layout_get_line_count(layout) - 1) else { return 0 }
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The languages of the layout's runs of text, in order, as Pango itemised them.
    var languages: [String] {
        var result: [String] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            if let run = pango_layout_iter_get_run_readonly(iterator), let item = run.pointee.item,
               let tag = pango_language_to_string(item.pointee.analysis.language) {
                let language = String(cString: tag)
                if result.last != language { result.append(language) }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return result
    }

    /// Whether some text was replaced by an ellipsis.
    var isEllipsized: Bool { pango_layout_is_ellipsized(layout) != 0 }
}

/// A PDF document being drawn with Cairo into memory, owned (surface and context destroyed in `deinit`).
final class PDFCanvas {
    /// Collects the bytes Cairo writes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    /// The BCP 47 tag every layout's text is in unless its markup says otherwise (`<span lang>`).
    let language: String

    /// A new document whose pages are `width` × `height` points, its text in `language` (`fr`, `en`, `it`).
    init(width: Double, height: Double, language: String) throws(BookletError) {
        self.language = language
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        context = cairo_create(surface)
        if let error = PDFCanvas.error(cairo_surface_status(surface)) ?? PDFCanvas.error(cairo_status(context)) {
            throw error
        }
        // Unhinted outlines and metrics: the same layout on every machine and at every zoom.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    private static func error(_ status: cairo_status_t) -> BookletError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(String(cString: cairo_status_to_string(status)))
    }

    /// Document information. `date` is ISO 8601 (`2023-01-09T10:00:00Z`), used for both the
    /// creation and modification dates so that the bytes do not depend on the clock.
    func setMetadata(title: String, author: String, subject: String, creator: String, date: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Adds a bookmark to page `page` (1-based) under `parent` (0 for the top level); returns its id.
    @discardableResult
    func addOutline(_ title: String, page: Int, parent: Int = 0) -> Int {
        Int(cairo_pdf_surface_add_outline(surface, Int32(parent), title, "page=\(page)", cairo_pdf_outline_flags_t(rawValue: 0)))
    }

    /// A laid-out text block, for measuring and drawing. `markup` is Pango markup (escape the text).
    func layout(_ markup: String, font: Font, frame: TextFrame = TextFrame()) -> TextLayout {
        TextLayout(context: context, markup: markup, font: font, frame: frame, language: language)
    }

    /// Draws `layout` with its top left corner at (x, y).
    func draw(_ layout: TextLayout, x: Double, y: Double, colour: Colour = .text) {
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
        cairo_move_to(context, x, y)
        pango_cairo_show_layout(context, layout.layout)
    }

    /// A rectangle, filled and/or outlined (`lineWidth` points).
    func rectangle(x: Double, y: Double, width: Double, height: Double, fill: Colour?, stroke: Colour?, lineWidth: Double = 0.5) {
        cairo_rectangle(context, x, y, width, height)
        if let fill {
            cairo_set_source_rgb(context, fill.red, fill.green, fill.blue)
            if stroke == nil { cairo_fill(context) } else { cairo_fill_preserve(context) }
        }
        if let stroke {
            cairo_set_source_rgb(context, stroke.red, stroke.green, stroke.blue)
            cairo_set_line_width(context, lineWidth)
            cairo_stroke(context)
        }
    }

    /// A straight line.
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), colour: Colour, width: Double = 0.5, dashed: Bool = false) {
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
        cairo_set_line_width(context, width)
        if dashed {
            let dashes: [Double] = [1, 2]
            cairo_set_dash(context, dashes, Int32(dashes.count), 0)
        }
        cairo_move_to(context, start.x, start.y)
        cairo_line_to(context, end.x, end.y)
        cairo_stroke(context)
        if dashed { cairo_set_dash(context, nil, 0, 0) }
    }

    /// Ends the current page and starts the next.
    func showPage() {
        cairo_show_page(context)
    }

    /// Finishes the document and returns its bytes.
    func finish() throws(BookletError) -> [UInt8] {
        cairo_surface_finish(surface)
        if let error = PDFCanvas.error(cairo_surface_status(surface)) { throw error }
        return sink.bytes
    }
}
