package dk.trappen.prevention;

import java.util.List;

/** A worker of the unit as the leader sees them when distributing: competences and current families. */
public record WorkerLoad(String user, String name, List<String> competences, int families, int minFamilies,
                         int maxFamilies) {

    public boolean atMax() {
        return families >= maxFamilies;
    }

    public boolean belowMin() {
        return families < minFamilies;
    }
}
