package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;
import java.util.List;
import java.util.Optional;

/**
 * neonkit's generated {@link BenchItemRepository}, called as an application calls it. The adapter only forwards;
 * {@link #insertAll} reduces the returned rows to their keys, as the other bulk inserts return.
 */
public final class RepositoryItemStore implements ItemStore {

    private final BenchItemRepository repository;

    public RepositoryItemStore(NeonDatabase database) {
        this.repository = new BenchItemRepository(database);
    }

    @Override
    public Optional<BenchItem> findById(long id) {
        return repository.findById(id);
    }

    @Override
    public List<BenchItem> findAllById(List<Long> ids) {
        return repository.findAllById(ids);
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public BenchItem insert(BenchItem item) {
        return repository.insert(item);
    }

    @Override
    public BenchItem update(BenchItem item) {
        return repository.update(item);
    }

    @Override
    public BenchItem upsert(BenchItem item) {
        return repository.upsert(item);
    }

    @Override
    public boolean deleteById(long id) {
        return repository.deleteById(id);
    }

    /** The generated {@code insertAll}: one {@code INSERT ... SELECT FROM unnest(...)} per chunk of rows. */
    public List<Long> insertAll(List<BenchItem> items) {
        return repository.insertAll(items).stream().map(BenchItem::id).toList();
    }
}
