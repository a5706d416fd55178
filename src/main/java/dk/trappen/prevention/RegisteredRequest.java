package dk.trappen.prevention;

import java.time.Instant;

/**
 * What registering a request answers. An anonymous one has no request id: it is an open
 * counselling ({@code ANON-…}) that keeps no identity.
 *
 * @param triageBy when the weekly triage must have decided it (receipt + 7 days); none when anonymous
 */
public record RegisteredRequest(Long requestId, String number, boolean anonymous, Instant triageBy,
                                String processInstanceId) {
}
