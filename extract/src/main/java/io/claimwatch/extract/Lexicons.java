package io.claimwatch.extract;

/** Every rule file, loaded once per process. */
record Lexicons(Lexicon triggers, Lexicon cues, Lexicon hedges, Lexicon hedgeExceptions, Lexicon statusCues,
                Lexicon modifiers, Lexicon numberWords, Lexicon claimAnaphors, Lexicon singularPersons,
                Lexicon partyKinds, Lexicon outlets, Lexicon outletWords, Lexicon pronouns,
                Lexicon evidenceNouns, Lexicon tokenRewrites, Lexicon hypotheticalHeads,
                Lexicon titleCaseWords, Lexicon tollVerbs) {

    private static final Lexicons INSTANCE = new Lexicons(
            Lexicon.load("event-triggers"), Lexicon.load("reporting-cues"), Lexicon.load("hedges"),
            Lexicon.load("hedge-exceptions"), Lexicon.load("status-cues"), Lexicon.load("quantity-modifiers"),
            Lexicon.load("number-words"), Lexicon.load("claim-anaphors"), Lexicon.load("singular-persons"),
            Lexicon.load("party-kinds"), Lexicon.load("outlets"), Lexicon.load("outlet-words"),
            Lexicon.load("pronouns"), Lexicon.load("evidence-nouns"), Lexicon.load("token-rewrites"),
            Lexicon.load("hypothetical-heads"), Lexicon.load("title-case-words"),
            Lexicon.load("toll-verbs"));

    static Lexicons get() {
        return INSTANCE;
    }
}
