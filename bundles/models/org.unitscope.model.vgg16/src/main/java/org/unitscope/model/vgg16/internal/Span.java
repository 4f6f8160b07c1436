package org.unitscope.model.vgg16.internal;

/** Map positions {@code lo .. hi} (both included) along one axis of a feature map. */
record Span(int lo, int hi) {

    Span {
        if (lo > hi) {
            throw new IllegalArgumentException("empty span " + lo + ".." + hi);
        }
    }

    static Span of(int position) {
        return new Span(position, position);
    }

    int length() {
        return hi - lo + 1;
    }

    Span union(Span other) {
        return other == null ? this : new Span(Math.min(lo, other.lo), Math.max(hi, other.hi));
    }

    boolean contains(Span other) {
        return lo <= other.lo && other.hi <= hi;
    }

    @Override
    public String toString() {
        return lo + ".." + hi;
    }
}
