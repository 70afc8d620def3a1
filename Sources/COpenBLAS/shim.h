#ifndef TAGBENCH_COPENBLAS_SHIM_H
#define TAGBENCH_COPENBLAS_SHIM_H
// Debian's libopenblas-dev puts cblas.h on the default include path through
// update-alternatives; pkg-config `openblas` adds the flavour's own folder.
#include <cblas.h>

// Not declared by every cblas.h; OpenBLAS always exports them.
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
#endif
