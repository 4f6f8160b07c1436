/**
 * Matrix-free reverse correlation: the AWC of many units and of their shuffles as an operator
 * v -> X^T diag(a) X v / sum(a) - (AWA AWA^T + C_0) v on the patch matrix X (never a d x d matrix per unit), its
 * extreme eigenpairs by block Lanczos, the nested shuffle test on the same operator, whitening for non-white
 * stimuli, and a dense path for small d. See {@link org.unitscope.math.rf.matrixfree.MatrixFreeAwc}.
 */
package org.unitscope.math.rf.matrixfree;
