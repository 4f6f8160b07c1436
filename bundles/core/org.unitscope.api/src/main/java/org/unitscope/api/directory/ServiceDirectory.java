package org.unitscope.api.directory;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.Described;

/**
 * The described services present right now, for every front end (command line, Gogo shell, GUI) and for the engine.
 * A service declared with {@link org.unitscope.api.UnitscopeService} is listed from its service properties and its
 * configuration type: listing does not instantiate it. (A service without those properties is described by calling
 * its {@code info()}, which activates it.)
 */
@ProviderType
public interface ServiceDirectory {

    /** Every entry, by kind, then id. */
    List<ServiceEntry> entries();

    /** The entries of one kind, by id. */
    List<ServiceEntry> entries(ServiceKind kind);

    /** The entry of that kind and id (the first registered when several bundles offer the same id). */
    Optional<ServiceEntry> find(ServiceKind kind, String id);

    /**
     * The service itself, obtained on first use (which activates a delayed component), or empty when it has gone.
     *
     * @throws IllegalArgumentException when the service is not a {@code type}
     */
    <S extends Described> Optional<S> service(ServiceEntry entry, Class<S> type);

    /** Adds a listener; it first hears {@link DirectoryEvent.Type#ADDED} for each entry present, then every change. */
    void addListener(DirectoryListener listener);

    void removeListener(DirectoryListener listener);
}
