#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime linked by `-sanitize=fuzzer`): parses libFuzzer's command line and runs
/// `callback` on every input. Called from each fuzz target's `main.swift`, because SwiftPM gives executables
/// their own `main` symbol and so libFuzzer's `main` is never linked.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
