package dk.trappen.organisation;

/**
 * Camunda groups. Roles are groups; a team is a group ({@code team-<id>}) with its leaders in
 * {@code teamleaders-<id>}, so a user task can go to "this team" or "this team's leader".
 */
public final class Groups {

    public static final String INTAKE = "intake";
    public static final String CASEWORKERS = "caseworkers";
    public static final String TEAM_LEADERS = "teamleaders";
    public static final String FAMILY_THERAPISTS = "familytherapists";
    public static final String PREVENTION = "prevention";
    /**
     * The early-prevention unit as a team: its network meetings run in {@code team-prevention} (the
     * unit's staff) and its leader, who triages and distributes, is in {@code teamleaders-prevention}.
     */
    public static final String PREVENTION_TEAM = "team-prevention";
    public static final String PREVENTION_LEADERS = "teamleaders-prevention";
    public static final String MANAGERS = "managers";
    public static final String PROCESS_OWNERS = "processowners";
    /** External systems that may notify concerns over the API (a school's system, a hospital). */
    public static final String NOTIFIERS = "notifiers";
    public static final String ADMIN = "camunda-admin";

    private static final String TEAM_PREFIX = "team-";
    private static final String TEAM_LEADERS_PREFIX = "teamleaders-";

    private Groups() {
    }

    public static String team(String teamId) {
        return TEAM_PREFIX + teamId;
    }

    public static String teamLeaders(String teamId) {
        return TEAM_LEADERS_PREFIX + teamId;
    }
}
