"""Swedish verb forms a rewrite needs: the infinitive of a present-tense verb ("sover" → "sova")."""

SV_INFINITIVES = {"är": "vara", "har": "ha", "går": "gå", "ser": "se", "gör": "göra", "tar": "ta",
                  "står": "stå", "får": "få", "ber": "be", "vågar": "våga", "kommer": "komma", "vet": "veta",
                  "blir": "bli", "ger": "ge", "ler": "le", "dör": "dö"}
SV_DROPPED = {"vill", "kan", "orkar"}  # "vill inte sova" becomes the goal "sova"


def infinitive(verb):
    """Return the infinitive of a Swedish present-tense verb ("sover" → "sova"), "" for a modal."""
    if verb in SV_DROPPED:
        return ""
    if verb in SV_INFINITIVES:
        return SV_INFINITIVES[verb]
    if verb.endswith(("ar", "er")):
        return verb[:-2] + "a"
    if verb.endswith(("ör", "är")):
        return verb + "a"  # "hör" → "höra", "lär" → "lära"
    return verb.removesuffix("r")
