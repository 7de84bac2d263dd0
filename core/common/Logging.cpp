#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "homecoming.core.storage")
Q_LOGGING_CATEGORY(lcImport, "homecoming.core.imports")
Q_LOGGING_CATEGORY(lcDemo, "homecoming.core.demo")
