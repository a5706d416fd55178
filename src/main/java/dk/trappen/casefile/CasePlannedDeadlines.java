package dk.trappen.casefile;

import java.util.List;

/**
 * Deadlines of a case that are planned but have no task yet (the next follow-up, the next
 * supervision visit), as the case overview shows them. Implemented by the modules that plan them.
 */
public interface CasePlannedDeadlines {

    List<CaseOverview.Deadline> plannedFor(long caseId);
}
