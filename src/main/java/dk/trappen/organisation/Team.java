package dk.trappen.organisation;

/** A caseworker team, responsible for children in an age range (configuration). */
public record Team(String id, String name, int minAge, int maxAge) {

    public String group() {
        return Groups.team(id);
    }

    public String leaderGroup() {
        return Groups.teamLeaders(id);
    }

    boolean covers(int age) {
        return age >= minAge && age <= maxAge;
    }
}
