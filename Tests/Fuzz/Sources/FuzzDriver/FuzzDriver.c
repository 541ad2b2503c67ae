// Declarations only: the definitions come from libFuzzer's runtime.
#include "FuzzDriver.h"
