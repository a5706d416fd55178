package dk.trappen.homeintervention;

/** "Sammensæt team": is the child at risk of placement (else why not), and who besides the caseworker. */
public record TeamInput(Boolean atRiskOfPlacement, String notEligibleReason, String followUpCaseworker, String therapist1,
                        String therapist2) {
}
