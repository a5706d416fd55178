package dk.trappen.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What registering a concern answers: the id, the number and the deadlines that started running.
 *
 * @param replayed true when an earlier request with the same Idempotency-Key already created it
 */
public record RegisteredConcern(long id, String concernNumber, Instant assessmentDueAt,
                                LocalDate acknowledgementDueDate, String processInstanceId, boolean replayed) {
}
