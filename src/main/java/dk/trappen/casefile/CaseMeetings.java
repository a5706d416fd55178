package dk.trappen.casefile;

import java.util.List;

/**
 * The network meetings of a case, as the case overview shows them. Implemented by the meetings
 * module, which depends on this one; the case overview needs no knowledge of meetings' internals.
 */
public interface CaseMeetings {

    List<CaseOverview.Meeting> ofCase(long caseId);
}
