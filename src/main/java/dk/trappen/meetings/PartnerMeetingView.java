package dk.trappen.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as an invited partner's system (e.g. the school's) sees it, and only while the parents'
 * consent or a recorded legal basis allows exchange: its own participant, its own statuses, the
 * meeting's time and place, and the action points given to it. Nothing about the family, the other
 * professionals or the consent itself. Without a basis for exchange (never given, expired or
 * withdrawn) only that: {@code exchangeAllowed} false and a message, every other field absent.
 */
public record PartnerMeetingView(long id, boolean exchangeAllowed, String message, String number, MeetingKind kind,
                                 MeetingStatus status, Instant scheduledAt, PlaceKind placeKind, String place,
                                 List<MeetingView.Participant> participants, List<MeetingView.Status> statuses,
                                 List<MeetingView.ActionPoint> actionPoints) implements MeetingReading {

    static final String NO_EXCHANGE = "Der udveksles ikke oplysninger om barnet med samarbejdspartnere i dette møde "
            + "(forældrenes samtykke mangler, er udløbet eller trukket tilbage).";

    static PartnerMeetingView exchangeStopped(long id) {
        return new PartnerMeetingView(id, false, NO_EXCHANGE, null, null, null, null, null, null, null, null, null);
    }
}
