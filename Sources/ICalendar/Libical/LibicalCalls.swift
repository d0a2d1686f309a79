import CLibical
import Foundation

/// A libical date or date-time as plain Swift values, so that no C type leaves this file.
struct ICalTime: Hashable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// A DATE value (all-day), without time or zone.
    var isDate = false
    /// A UTC date-time (written with a trailing `Z`).
    var isUTC = false
}

/// The only place where Cursus calls libical (STYLE.md rule 12).
///
/// Pointers are `OpaquePointer`s: libical's components, properties, zones and iterators are
/// incomplete C types. Who owns what:
/// - a top-level component is owned by a `ComponentHandle`, which frees it in `deinit`; the
///   children and properties added to it belong to it (add transfers ownership);
/// - a zone built by `makePlainZone` is owned by a `ZoneHandle`; zones returned by
///   `builtinZone`/`calendarZone`/`utcZone` belong to libical or to their calendar and are borrowed;
/// - a recurrence iterator is owned by a `RecurrenceIteratorHandle`.
/// Strings returned by libical are copied at once; `_r` results are freed here.
enum LibicalCalls {
    // MARK: Components

    enum ComponentKind {
        case calendar, event

        fileprivate var cValue: icalcomponent_kind {
            switch self {
            case .calendar: return ICAL_VCALENDAR_COMPONENT
            case .event: return ICAL_VEVENT_COMPONENT
            }
        }
    }

    static func newComponent(_ kind: ComponentKind) -> OpaquePointer {
        guard let component = icalcomponent_new(kind.cValue) else { fatalError("libical: out of memory") }
        return component
    }

    /// Adds `child` to `parent`, which takes ownership of it.
    static func add(component child: OpaquePointer, to parent: OpaquePointer) {
        icalcomponent_add_component(parent, child)
    }

    static func freeComponent(_ component: OpaquePointer) {
        icalcomponent_free(component)
    }

    /// The component as iCalendar text (CRLF line ends, folded, escaped). The properties added by
    /// `addEscapedText` are written without the `VALUE=STRING` that carried them through libical.
    static func serialize(_ component: OpaquePointer) -> String {
        guard let buffer = icalcomponent_as_ical_string_r(component) else { return "" }
        defer { icalmemory_free_buffer(buffer) }
        var text = String(cString: buffer)
        for name in EscapedTextProperty.names {
            text = text.replacing("\r\n" + name + ";VALUE=STRING", with: "\r\n" + name)
        }
        return text
    }

    /// Parses iCalendar text; nil when libical finds no component at all. Errors do not stop the
    /// parse: they are left in the components as X-LIC-ERROR properties (see `errors(in:)`).
    static func parse(_ text: String) -> OpaquePointer? {
        icalparser_parse_string(text)
    }

    /// `VCALENDAR`, `VEVENT`, `XROOT`, …
    static func kindName(of component: OpaquePointer) -> String {
        guard let name = icalcomponent_kind_to_string(icalcomponent_isa(component)) else { return "UNKNOWN" }
        return String(cString: name)
    }

    /// The direct children of `component`, in file order (borrowed).
    static func children(of component: OpaquePointer) -> [OpaquePointer] {
        walk(from: icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)) {
            icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
    }

    /// `first` and what `next` returns after it, until nil (libical's internal iterators).
    private static func walk(from first: OpaquePointer?, next: () -> OpaquePointer?) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var item = first
        while let current = item {
            result.append(current)
            item = next()
        }
        return result
    }

    // MARK: Reading properties

    /// The properties of `component` whose name is `name` (`DTSTART`, `X-LIC-ERROR`, `X-FOO`), in order (borrowed).
    static func properties(of component: OpaquePointer, named name: String) -> [OpaquePointer] {
        let kind = icalproperty_string_to_kind(name)
        guard kind != ICAL_NO_PROPERTY else { return [] }
        var result: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(component, kind)
        while let current = property {
            if kind != ICAL_X_PROPERTY || xName(of: current) == name { result.append(current) }
            property = icalcomponent_get_next_property(component, kind)
        }
        return result
    }

    private static func xName(of property: OpaquePointer) -> String? {
        icalproperty_get_x_name(property).map { String(cString: $0) }
    }

    /// The property's value: TEXT, and the value of an `X-` property, unescaped (`a\, b` is `a, b`),
    /// any other value as written; nil when it has none.
    static func valueText(of property: OpaquePointer) -> String? {
        if let value = icalproperty_get_value(property), icalvalue_isa(value) == ICAL_TEXT_VALUE {
            return icalvalue_get_text(value).map { String(cString: $0) }
        }
        if let value = icalproperty_get_value(property), icalvalue_isa(value) == ICAL_X_VALUE, let raw = icalvalue_get_x(value),
           let text = icalvalue_new_from_string(ICAL_TEXT_VALUE, raw) {
            defer { icalvalue_free(text) }
            return icalvalue_get_text(text).map { String(cString: $0) }
        }
        guard let buffer = icalproperty_get_value_as_string_r(property) else { return nil }
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer)
    }

    /// A parameter's value (`TZID`, `FBTYPE`, `VALUE`), nil when absent.
    static func parameter(_ name: String, of property: OpaquePointer) -> String? {
        guard let buffer = icalproperty_get_parameter_as_string_r(property, name) else { return nil }
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer)
    }

    /// The DATE or DATE-TIME value of a property (DTSTART, DTEND, EXDATE, RECURRENCE-ID, RDATE), nil otherwise.
    static func time(of property: OpaquePointer) -> ICalTime? {
        guard let value = icalproperty_get_value(property) else { return nil }
        let kind = icalvalue_isa(value)
        if kind == ICAL_DATETIME_VALUE || kind == ICAL_DATE_VALUE {
            let time = icalvalue_get_datetime(value)
            return icaltime_is_null_time(time) != 0 ? nil : ICalTime(time)
        }
        if kind == ICAL_DATETIMEPERIOD_VALUE {
            let value = icalvalue_get_datetimeperiod(value)
            let time = icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
            return icaltime_is_null_time(time) != 0 ? nil : ICalTime(time)
        }
        return nil
    }

    /// A DURATION property's length in seconds, nil when unreadable.
    static func durationSeconds(of property: OpaquePointer) -> Int? {
        guard let value = icalproperty_get_value(property), icalvalue_isa(value) == ICAL_DURATION_VALUE else { return nil }
        let duration = icalvalue_get_duration(value)
        return icaldurationtype_is_bad_duration(duration) != 0 ? nil : Int(icaldurationtype_as_int(duration))
    }

    /// A FREEBUSY value: its start, and its end or duration in seconds.
    static func period(of property: OpaquePointer) -> (start: ICalTime, end: ICalTime?, seconds: Int?)? {
        guard let value = icalproperty_get_value(property), icalvalue_isa(value) == ICAL_PERIOD_VALUE else { return nil }
        let period = icalvalue_get_period(value)
        guard icaltime_is_null_time(period.start) == 0 else { return nil }
        let end = icaltime_is_null_time(period.end) == 0 ? ICalTime(period.end) : nil
        let seconds = icaldurationtype_is_null_duration(period.duration) == 0 ? Int(icaldurationtype_as_int(period.duration)) : nil
        return (ICalTime(period.start), end, seconds)
    }

    /// The X-LIC-ERROR messages libical left in `component` (not in its children).
    static func errors(in component: OpaquePointer) -> [String] {
        properties(of: component, named: "X-LIC-ERROR").map { valueText(of: $0) ?? "unreadable property" }
    }

    // MARK: Writing properties

    enum TextProperty {
        case productID, version, calendarScale, uid, summary, description, location

        fileprivate func make(_ value: String) -> OpaquePointer? {
            switch self {
            case .productID: return icalproperty_new_prodid(value)
            case .version: return icalproperty_new_version(value)
            case .calendarScale: return icalproperty_new_calscale(value)
            case .uid: return icalproperty_new_uid(value)
            case .summary: return icalproperty_new_summary(value)
            case .description: return icalproperty_new_description(value)
            case .location: return icalproperty_new_location(value)
            }
        }
    }

    /// Adds a TEXT property; libical escapes `\`, `;`, `,` and newlines when writing.
    static func add(_ property: TextProperty, _ value: String, language: String? = nil, to component: OpaquePointer) {
        guard let prop = property.make(value) else { fatalError("libical: out of memory") }
        if let language { icalproperty_add_parameter(prop, icalparameter_new_language(language)) }
        icalcomponent_add_property(component, prop)
    }

    /// A property whose TEXT values libical 3.0 writes without escaping `,` and `;`: it takes them for
    /// the separators of CATEGORIES' list, and leaves them as they are in `X-` values.
    enum EscapedTextProperty {
        case categories
        /// `X-WR-CALNAME`.
        case calendarName

        /// The names `serialize` looks for.
        static let names = ["CATEGORIES", "X-WR-CALNAME"]

        fileprivate func make() -> OpaquePointer? {
            switch self {
            case .categories: return icalproperty_new(ICAL_CATEGORIES_PROPERTY)
            case .calendarName:
                let property = icalproperty_new(ICAL_X_PROPERTY)
                icalproperty_set_x_name(property, "X-WR-CALNAME")
                return property
            }
        }
    }

    /// Adds one CATEGORIES (or X-WR-CALNAME) property holding `values` as RFC 5545 lists TEXT: each
    /// value escaped by libical's TEXT encoder (`icalvalue_encode_ical_string`: `\`, `;`, `,` and line
    /// feeds), the values joined by commas. The list travels through libical as a STRING value, which
    /// libical writes as it is (and folds); `serialize` removes the `VALUE=STRING` it adds.
    static func addEscapedText(_ property: EscapedTextProperty, _ values: [String], language: String? = nil, to component: OpaquePointer) {
        guard let prop = property.make() else { fatalError("libical: out of memory") }
        let list = values.map(encodedText).joined(separator: ",")
        icalproperty_set_value(prop, icalvalue_new_string(list))
        if let language { icalproperty_add_parameter(prop, icalparameter_new_language(language)) }
        icalcomponent_add_property(component, prop)
    }

    /// `text` as an iCalendar TEXT value, escaped by libical.
    private static func encodedText(_ text: String) -> String {
        // Each byte becomes at most two (`\\`, `\,`, `\;`, `\n`), plus the terminating NUL.
        var buffer = [CChar](repeating: 0, count: 2 * text.utf8.count + 1)
        guard icalvalue_encode_ical_string(text, &buffer, Int32(buffer.count)) != 0 else { fatalError("libical: cannot encode TEXT") }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Adds an `X-` property whose value is not TEXT (`X-PUBLISHED-TTL`); libical writes it as given,
    /// escaping `\` and newlines.
    static func addExtension(_ name: String, _ value: String, to component: OpaquePointer) {
        guard let prop = icalproperty_new_x(value) else { fatalError("libical: out of memory") }
        icalproperty_set_x_name(prop, name)
        icalcomponent_add_property(component, prop)
    }

    /// `ORGANIZER;CN=<name>:<address>` (libical quotes the name when it holds `,`, `;` or `:`).
    static func addOrganizer(name: String, address: String, to component: OpaquePointer) {
        guard let prop = icalproperty_new_organizer(address) else { fatalError("libical: out of memory") }
        icalproperty_add_parameter(prop, icalparameter_new_cn(name))
        icalcomponent_add_property(component, prop)
    }

    static func addMethodPublish(to component: OpaquePointer) {
        icalcomponent_add_property(component, icalproperty_new_method(ICAL_METHOD_PUBLISH))
    }

    /// `REFRESH-INTERVAL;VALUE=DURATION:…` (RFC 7986).
    static func addRefreshInterval(seconds: Int, to component: OpaquePointer) {
        guard let prop = icalproperty_new_refreshinterval(icaldurationtype_from_int(Int32(seconds))) else {
            fatalError("libical: out of memory")
        }
        icalproperty_add_parameter(prop, icalparameter_new_value(ICAL_VALUE_DURATION))
        icalcomponent_add_property(component, prop)
    }

    static func addStatus(cancelled: Bool, to component: OpaquePointer) {
        icalcomponent_add_property(component, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED))
    }

    static func addSequence(_ sequence: Int, to component: OpaquePointer) {
        icalcomponent_add_property(component, icalproperty_new_sequence(Int32(sequence)))
    }

    enum TimeProperty { case start, end, stamp, lastModified }

    /// Adds DTSTART/DTEND (with `TZID=<the zone's TZID>` when `zone` is given, `VALUE=DATE` for
    /// dates) or DTSTAMP/LAST-MODIFIED (UTC).
    static func add(_ property: TimeProperty, _ time: ICalTime, zone: OpaquePointer? = nil, to component: OpaquePointer) {
        let value = time.cValue(zone: time.isUTC ? icaltimezone_get_utc_timezone() : zone)
        switch property {
        case .start: icalcomponent_set_dtstart(component, value)
        case .end: icalcomponent_set_dtend(component, value)
        case .stamp: icalcomponent_set_dtstamp(component, value)
        case .lastModified: icalcomponent_add_property(component, icalproperty_new_lastmodified(value))
        }
    }

    // MARK: Time zones

    static func utcZone() -> OpaquePointer? { icaltimezone_get_utc_timezone() }

    /// A zone of the system tzdata by IANA name (`Europe/Paris`), loaded by libical on first use and kept by it.
    static func builtinZone(_ location: String) -> OpaquePointer? {
        icaltimezone_get_builtin_timezone(location)
    }

    /// The zone a calendar defines (its VTIMEZONE with that TZID), or libical's built-in zone for a
    /// `/freeassociation.sourceforge.net/…` TZID; borrowed from the calendar or libical.
    static func calendarZone(_ tzid: String, in calendar: OpaquePointer) -> OpaquePointer? {
        icalcomponent_get_timezone(calendar, tzid)
    }

    /// A new zone with the rules of the built-in `location` but the plain TZID `location` and no
    /// X-LIC-LOCATION (libical's own TZIDs carry a `/freeassociation.sourceforge.net/` prefix).
    /// The caller owns the result (`freeZone`).
    static func makePlainZone(_ location: String) -> OpaquePointer? {
        guard let builtin = icaltimezone_get_builtin_timezone(location),
              let source = icaltimezone_get_component(builtin),
              let copy = icalcomponent_new_clone(source)
        else { return nil }
        if let tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY) { icalproperty_set_tzid(tzid, location) }
        for property in properties(of: copy, named: "X-LIC-LOCATION") {
            icalcomponent_remove_property(copy, property)
            icalproperty_free(property)
        }
        guard let zone = icaltimezone_new() else {
            icalcomponent_free(copy)
            return nil
        }
        guard icaltimezone_set_component(zone, copy) != 0 else {
            icaltimezone_free(zone, 1)
            icalcomponent_free(copy)
            return nil
        }
        return zone
    }

    static func freeZone(_ zone: OpaquePointer) {
        icaltimezone_free(zone, 1)
    }

    /// A copy of the zone's VTIMEZONE, cut to the rules in force from 1 January of `fromYear` (UTC).
    /// The caller owns the result.
    static func truncatedTimezoneComponent(of zone: OpaquePointer, fromYear: Int) -> OpaquePointer? {
        guard let source = icaltimezone_get_component(zone), let copy = icalcomponent_new_clone(source) else { return nil }
        let start = ICalTime(year: fromYear, month: 1, day: 1, isUTC: true).cValue(zone: icaltimezone_get_utc_timezone())
        icaltimezone_truncate_vtimezone(copy, start, icaltime_null_time(), 0)
        return copy
    }

    /// Seconds since 1970-01-01T00:00:00Z of a local date-time in `zone` (nil: UTC).
    static func unixTime(_ time: ICalTime, zone: OpaquePointer?) -> Int {
        var local = time
        local.isDate = false
        return Int(icaltime_as_timet_with_zone(local.cValue(zone: nil), time.isUTC ? icaltimezone_get_utc_timezone() : zone))
    }

    // MARK: Recurrence

    /// A recurrence iterator for an RRULE property starting at `start`; nil when the rule is invalid.
    static func newRecurrenceIterator(rule property: OpaquePointer, start: ICalTime, zone: OpaquePointer?) -> OpaquePointer? {
        guard let value = icalproperty_get_value(property), icalvalue_isa(value) == ICAL_RECUR_VALUE else { return nil }
        let rule = icalvalue_get_recur(value)
        guard rule.freq != ICAL_NO_RECURRENCE else { return nil }
        return icalrecur_iterator_new(rule, start.cValue(zone: start.isUTC ? icaltimezone_get_utc_timezone() : zone))
    }

    /// The iterator's next start, nil when the rule is exhausted.
    static func next(_ iterator: OpaquePointer) -> ICalTime? {
        let time = icalrecur_iterator_next(iterator)
        return icaltime_is_null_time(time) != 0 ? nil : ICalTime(time)
    }

    /// Moves the iterator to the first start at or after `unix` (seconds since 1970), expressed in
    /// `zone` (a date for date rules); false when libical cannot (a rule with COUNT), and the
    /// iterator then goes on from DTSTART.
    static func setStart(_ iterator: OpaquePointer, unix: Int, isDate: Bool, zone: OpaquePointer?) -> Bool {
        var start = icaltime_from_timet_with_zone(time_t(unix), isDate ? 1 : 0, zone ?? icaltimezone_get_utc_timezone())
        if isDate { start.zone = nil }
        return icalrecur_iterator_set_start(iterator, start) != 0
    }

    static func freeRecurrenceIterator(_ iterator: OpaquePointer) {
        icalrecur_iterator_free(iterator)
    }

    // MARK: Copying and editing (calendar objects)

    /// A deep copy of `component`; the caller owns it.
    static func clone(_ component: OpaquePointer) -> OpaquePointer {
        guard let copy = icalcomponent_new_clone(component) else { fatalError("libical: out of memory") }
        return copy
    }

    /// Every property of `component`, in order (borrowed).
    static func allProperties(of component: OpaquePointer) -> [OpaquePointer] {
        walk(from: icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)) {
            icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
        }
    }

    /// `DTSTART`, `X-WR-CALNAME`, …
    static func name(of property: OpaquePointer) -> String {
        guard let buffer = icalproperty_get_property_name_r(property) else { return "" }
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer)
    }

    /// The property as one unfolded line without its CRLF (`DTSTART;TZID=Europe/Paris:20230116T133000`).
    static func line(of property: OpaquePointer) -> String {
        guard let buffer = icalproperty_as_ical_string_r(property) else { return "" }
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer).replacingOccurrences(of: "\r\n ", with: "")
            .trimmingCharacters(in: .newlines)
    }

    /// Adds a copy of `property` to `component`.
    static func addCopy(of property: OpaquePointer, to component: OpaquePointer) {
        guard let copy = icalproperty_new_clone(property) else { fatalError("libical: out of memory") }
        icalcomponent_add_property(component, copy)
    }

    /// Removes and frees the properties of `component` named `name`.
    static func removeProperties(named name: String, from component: OpaquePointer) {
        for property in properties(of: component, named: name) {
            icalcomponent_remove_property(component, property)
            icalproperty_free(property)
        }
    }

    // MARK: Errors

    /// Whether libical aborts the process on errors (never in a normal build; a test watches it).
    static var errorsAreFatal: Bool { icalerror_get_errors_are_fatal() != 0 }
}

private extension ICalTime {
    init(_ time: icaltimetype) {
        self.init(
            year: Int(time.year), month: Int(time.month), day: Int(time.day), hour: Int(time.hour),
            minute: Int(time.minute), second: Int(time.second), isDate: time.is_date != 0,
            isUTC: time.is_date == 0 && icaltime_is_utc(time) != 0
        )
    }

    func cValue(zone: OpaquePointer?) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(year)
        time.month = Int32(month)
        time.day = Int32(day)
        time.is_date = isDate ? 1 : 0
        if !isDate {
            time.hour = Int32(hour)
            time.minute = Int32(minute)
            time.second = Int32(second)
            time.zone = zone
        }
        return time
    }
}
