/** Image containers read without any image library: IDX (MNIST / Fashion-MNIST). */
package org.unitscope.math.images;
