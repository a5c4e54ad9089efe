#pragma once

// Moved to models/timeline with TimelineRenderer; this header keeps ui/ includes working.
#include "models/timeline/LaneRaster.h"
