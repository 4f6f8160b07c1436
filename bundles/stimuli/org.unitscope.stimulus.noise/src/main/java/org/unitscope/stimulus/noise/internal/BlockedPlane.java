package org.unitscope.stimulus.noise.internal;

/**
 * Pixel-blocked noise: the plane is tiled by k x k blocks from its top-left corner, each block one value,
 * independent across blocks. Blocks at the right and bottom edges are cropped when k does not divide the
 * size. Fewer free values (ceil(size/k)^2) make reverse correlation of large receptive fields affordable.
 */
final class BlockedPlane implements PlaneNoise {
    private final int size;
    private final int block;
    private final int blocksPerSide;
    private final BlockValues values;
    private final double contrast;

    BlockedPlane(int size, int block, BlockValues values, double contrast) {
        this.size = size;
        this.block = block;
        this.blocksPerSide = blocksPerSide(size, block);
        this.values = values;
        this.contrast = contrast;
    }

    /** Blocks along one side: ceil(size / block). */
    static int blocksPerSide(int size, int block) {
        return (size + block - 1) / block;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void draw(StimulusRandom rng, double[] plane) {
        // one value per block in raster order of the blocks, then spread over the block's pixels
        int blocks = blocksPerSide * blocksPerSide;
        double[] blockValue = new double[blocks];
        if (values == BlockValues.BINARY) {
            WhiteValues.binary(rng, contrast, blockValue, blocks);
        } else {
            WhiteValues.gaussian(rng, contrast, blockValue, blocks);
        }
        for (int y = 0; y < size; y++) {
            int rowOfBlocks = (y / block) * blocksPerSide;
            for (int x = 0; x < size; x++) {
                plane[y * size + x] = blockValue[rowOfBlocks + x / block];
            }
        }
    }
}
