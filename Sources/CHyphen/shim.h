#ifndef CURSUS_CHYPHEN_SHIM_H
#define CURSUS_CHYPHEN_SHIM_H

#include <hyphen.h>

#endif
