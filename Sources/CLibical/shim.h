#ifndef CURSUS_CLIBICAL_SHIM_H
#define CURSUS_CLIBICAL_SHIM_H

// libical for Swift. Swift cannot call C variadic functions (`icalcomponent_vanew`,
// `icalproperty_vanew_*`); ICalendar builds components step by step instead, so none is wrapped here.
// `icalerrno` is a macro: call `icalerrno_return()` from Swift.
#include <libical/ical.h>

#endif
