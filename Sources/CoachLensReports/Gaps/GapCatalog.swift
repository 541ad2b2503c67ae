/// Suggested article titles and angles, in French, for each canvas segment and each sales step: what a coach
/// could write to fill the gap, in the blog's own personal-and-company reading of the canvas.
enum GapCatalog {
    /// A title and an angle for `code` (segment or step), if known.
    static func suggestion(for code: String) -> (title: String, angle: String)? {
        switch code {
        case "CS": return ("Qui aidez-vous vraiment ? Vos segments de clients",
                           "Distinguer ceux qui paient de ceux qui reçoivent un bénéfice, clients internes et externes ; un exercice pour lister les vôtres dans la matrice.")
        case "VP": return ("La valeur apportée : quel problème réglez-vous pour vos clients ?",
                           "Partir des tâches, problèmes et gains de vos clients ; opposer la proposition de valeur d’une entreprise à votre contribution personnelle ; finir par un exercice pour remplir la case du canevas.")
        case "CH": return ("Les canaux : comment vos clients vous découvrent, vous achètent et vous reçoivent",
                           "Parcourir les cinq phases (notoriété, évaluation, achat, livraison, après-vente) ; pour l’individu, comment votre travail devient visible.")
        case "CR": return ("Les relations client : comment vous interagissez avec ceux que vous aidez",
                           "Relation personnelle, communauté ou service automatisé : laquelle pour quel segment ; le suivi après la vente et la fidélisation.")
        case "R": return ("Les revenus : ce que vous recevez, et comment",
                          "Modes de tarification et de paiement de l’entreprise ; pour l’individu, salaire, avantages et reconnaissance ; lier chaque revenu au segment qui le paie.")
        case "KR": return ("Les ressources clés : vous et les moyens dont vous disposez",
                           "Compétences, personnalité, centres d’intérêt, réseau et actifs ; ce qui est indispensable pour apporter votre valeur.")
        case "KA": return ("Les activités clés : ce que vous faites vraiment chaque jour",
                           "Relier chaque activité à la valeur apportée ; repérer celles qui n’en apportent aucune et celles à développer.")
        case "KP": return ("Les partenaires clés : qui vous aide à réussir",
                           "Fournisseurs, sous-traitants, alliés, mentors et collègues ; ce que vous leur confiez et ce qu’ils vous apportent.")
        case "C": return ("Les coûts : ce que vous donnez",
                          "Coûts fixes et variables de l’entreprise ; pour l’individu, le temps, l’énergie et le stress ; les mettre en regard des revenus.")
        case "S1": return ("Obtenir un rendez-vous avec le vrai décideur",
                           "Repérer qui signe et qui tient le budget avant de se déplacer ; que faire quand on est reçu par un assistant.")
        case "S2": return ("Se renseigner sur son client avant le rendez-vous",
                           "Site, presse, avis, questionnaire envoyé à l’avance : ce qu’il faut savoir de sa situation avant d’entrer.")
        case "S3": return ("Poser beaucoup de questions, et laisser parler le client",
                           "Questions ouvertes sur sa situation, ses besoins, ses enjeux ; se taire pour écouter vraiment.")
        case "S4": return ("Prendre des notes et donner du feedback pendant l’entretien",
                           "Signes d’écoute, relances (« c’est-à-dire ? »), notes visibles : montrer au client qu’on l’a compris.")
        case "S5": return ("Analyser en écoutant : voir les pistes se dessiner",
                           "Construire les options pendant que le client parle, plutôt que de préparer son argumentaire.")
        case "S6": return ("Le résumé : reformuler ce que le client vous a dit",
                           "Pourquoi et comment résumer la situation du client avant toute proposition ; un exemple de reformulation.")
        case "S7": return ("Faire confirmer votre résumé par le client",
                           "Demander « ai-je bien compris ? » et accueillir les corrections : la base d’une proposition juste.")
        case "S8": return ("Proposer deux ou trois variantes plutôt qu’une offre unique",
                           "Construire des variantes à partir du résumé confirmé ; montrer avantages et limites de chacune.")
        case "S9": return ("Laisser le client choisir la variante qui lui convient",
                           "Vérifier qu’il voit les différences, lui demander laquelle lui correspond, sans pousser la plus chère.")
        case "S10": return ("Conclure sans brusquer : négociation et signature",
                            "Le bon moment pour conclure, les concessions possibles (délais, paiement) et celles à éviter.")
        default: return nil
        }
    }

    /// The name of a segment or step.
    static func name(of code: String) -> String {
        ReportVocabulary.segmentCodes.contains(code) ? ReportVocabulary.segmentName(code) : ReportVocabulary.stepName(code)
    }
}
