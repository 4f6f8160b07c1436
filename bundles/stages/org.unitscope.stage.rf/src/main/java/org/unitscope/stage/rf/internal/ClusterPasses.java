package org.unitscope.stage.rf.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The cluster's runner of matrix-free passes, when a sharded run's driver registered one (docs/CLUSTER.md): a
 * {@code Function<Object[], double[][]>} service with {@code unitscope.passes=matrix-free}, JDK types only, since the
 * cluster's classes live outside the framework. Its argument: {@code {String layer, Integer rows, Integer dim}} followed
 * by the estimator's part ({@link org.unitscope.api.rf.PatchMatrix#passes}).
 */
@SuppressWarnings("rawtypes")
final class ClusterPasses implements AutoCloseable {
    static final String FILTER = "(unitscope.passes=matrix-free)";
    private final BundleContext context;
    private final ServiceReference<Function> reference;
    private final Function<Object[], double[][]> passes;

    @SuppressWarnings("unchecked")
    private ClusterPasses(BundleContext context, ServiceReference<Function> reference) {
        this.context = context;
        this.reference = reference;
        this.passes = context.getService(reference);
    }

    /** The registered runner, if any (none outside a framework, as in unit tests). */
    static Optional<ClusterPasses> find() {
        Bundle bundle = FrameworkUtil.getBundle(ClusterPasses.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        try {
            Collection<ServiceReference<Function>> refs = context.getServiceReferences(Function.class, FILTER);
            return refs.stream().findFirst().map(r -> new ClusterPasses(context, r)).filter(c -> c.passes != null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(FILTER, e);
        }
    }

    /** The runner for one layer's matrix of {@code rows} x {@code dim}: the estimator's arguments, prefixed. */
    Function<Object[], double[][]> forLayer(String layer, int rows, int dim) {
        return args -> {
            Object[] all = new Object[args.length + 3];
            all[0] = layer;
            all[1] = rows;
            all[2] = dim;
            System.arraycopy(args, 0, all, 3, args.length);
            return passes.apply(all);
        };
    }

    @Override
    public void close() {
        context.ungetService(reference);
    }
}
