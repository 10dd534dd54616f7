package dev.alignkit.progress;

import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The results of a roll-up as read-only maps by id over the roll-up's arrays, in snapshot order.
 *
 * <p>A roll-up of a million people has four million objectives and nine million key results;
 * copying their results into hash maps cost an entry object per result and as much time as
 * filling them. These views look an id up through the indexes the snapshot already holds. Immutable once built: nothing writes the arrays they are given.
 */
final class ResultMaps {
  private ResultMaps() {}

  /** Objective id to its result. */
  static Map<String, ObjectiveRollup> objectives(OrganizationSnapshot snapshot, ObjectiveResults results) {
    List<Objective> objectives = snapshot.objectives();
    return new AbstractMap<>() {
      @Override
      public ObjectiveRollup get(Object id) {
        int i = id instanceof String ? snapshot.indexOfObjective((String) id) : -1;
        return i < 0 ? null : results.view(i);
      }

      @Override
      public boolean containsKey(Object id) {
        return get(id) != null;
      }

      @Override
      public int size() {
        return results.size();
      }

      @Override
      public Set<Entry<String, ObjectiveRollup>> entrySet() {
        return new Entries<>(results.size(), results.size()) {
          @Override
          Entry<String, ObjectiveRollup> entry(int i, int k) {
            return Map.entry(objectives.get(i).id(), results.view(i));
          }

          @Override
          int width(int i) {
            return 1;
          }
        };
      }
    };
  }

  /** Key-result id to its result. */
  static Map<String, KeyResultRollup> keyResults(OrganizationSnapshot snapshot, KeyResultResults results) {
    int rows = results.start.length - 1;
    int size = results.start[rows];
    return new AbstractMap<>() {
      @Override
      public KeyResultRollup get(Object id) {
        if (!(id instanceof String)) {
          return null;
        }
        Objective owner = snapshot.objectiveOfKeyResult((String) id).orElse(null);
        int i = owner == null ? -1 : snapshot.indexOfObjective(owner.id());
        if (i < 0) {
          return null;
        }
        for (int j = results.start[i]; j < results.start[i + 1]; j++) {
          if (results.id(j).equals(id)) {
            return results.view(j);
          }
        }
        return null;
      }

      @Override
      public boolean containsKey(Object id) {
        return get(id) != null;
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public Set<Entry<String, KeyResultRollup>> entrySet() {
        return new Entries<>(rows, size) {
          @Override
          Entry<String, KeyResultRollup> entry(int i, int k) {
            int j = results.row(i, k);
            return Map.entry(results.id(j), results.view(j));
          }

          @Override
          int width(int i) {
            return results.width(i);
          }
        };
      }
    };
  }

  /** The entries of a two-level array, row by row: {@code width(i)} entries in row {@code i}. */
  private abstract static class Entries<V> extends AbstractSet<Map.Entry<String, V>> {
    private final int rows;
    private final int size;

    Entries(int rows, int size) {
      this.rows = rows;
      this.size = size;
    }

    abstract Map.Entry<String, V> entry(int i, int k);

    abstract int width(int i);

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<String, V>> iterator() {
      return new Iterator<>() {
        private int i;
        private int k;

        @Override
        public boolean hasNext() {
          while (i < rows && k >= width(i)) {
            i++;
            k = 0;
          }
          return i < rows;
        }

        @Override
        public Map.Entry<String, V> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return entry(i, k++);
        }
      };
    }
  }
}
