#pragma once

// The renderer moved to models/timeline (QtGui only) so switchboardctl can draw an incident's
// picture without Widgets; this header keeps ui/ includes working.
#include "models/timeline/TimelineRenderer.h"
