#pragma once
// libxml2 is built with ICU; its headers would then pull in the system ICU, whose types clash
// with the copy inside Foundation. Briefing never uses libxml2's ICU converters, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
