/* fuzz.h — the fuzz harnesses of yoneda (docs/robustness.md): each takes
 * one input and runs it through a part of the library exactly as the tool
 * would, aborting only on a finding (a wrong answer; memory and undefined-
 * behaviour errors are caught by the sanitizers).  They are linked into
 * libFuzzer binaries by `make fuzz` (tests/fuzz/entry.c, clang) and into
 * build/fuzz_replay by `make check`, which runs the regression corpus
 * tests/fuzz-corpus/HARNESS/ through them once (tests/fuzz/replay.c, any
 * C compiler).
 *
 *   spec       the input is a spec: load it, then run the kernel checks of
 *              `yoneda check` on every category, task and functor; and a
 *              document yoneda-1.rng accepts must have no certain error in
 *              the structural walk (schema.h: those skip the validator).
 *   cert       the input is a certificate for a task of a fixed spec
 *              (fuzz_cert_spec, the Z4 rotations): read it against every
 *              task, and have the kernel check what reads.
 *   excert     the input is an exact category certificate: read it as
 *              `yoneda verify --category C` does for every category C of a
 *              fixed spec (fuzz_excert_spec) and have kernels 1 and 7 check
 *              what reads; an accepted certificate whose morphism count or
 *              hom-set sizes differ from the enumeration's is a finding.
 *   roundtrip  the input is a spec: decide every task (direct engine), then
 *              write the certificate, read it back and check it again; any
 *              certificate the kernel accepted once and rejects after the
 *              round trip is a finding (abort).  The same for the exact
 *              category certificate of every category (kernel 7).
 *
 * Limits keep each input fast: at most FUZZ_MAX_MORPHISMS morphisms per
 * category, FUZZ_MAX_TASKS decided per spec.
 *
 * Ownership: nothing is retained between calls.
 */
#ifndef YONEDA_FUZZ_H
#define YONEDA_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#define FUZZ_MAX_MORPHISMS 4000
#define FUZZ_MAX_TASKS 4

int fuzz_spec(const uint8_t *data, size_t size);
int fuzz_cert(const uint8_t *data, size_t size);
int fuzz_roundtrip(const uint8_t *data, size_t size);
int fuzz_excert(const uint8_t *data, size_t size);

/* The fixed spec of the cert harness. */
extern const char fuzz_cert_spec[];
/* The fixed spec of the excert harness. */
extern const char fuzz_excert_spec[];

#endif
