/**
 * Plain-Java linear algebra for matrix-free reverse correlation: the weighted Gram product kernel
 * ({@link org.unitscope.math.linalg.GramKernel}: X^T diag(w) X V for many weight columns at once, with a blocked
 * Java reference implementation) and block Lanczos with full reorthogonalisation for the extreme eigenpairs of
 * symmetric operators that are only available as products ({@link org.unitscope.math.linalg.BlockLanczos}, many
 * problems advanced together by {@link org.unitscope.math.linalg.LanczosBatch} so that one pass over the data
 * serves them all).
 */
package org.unitscope.math.linalg;
