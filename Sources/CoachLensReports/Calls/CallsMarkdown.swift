/// calls.md: the weekly scorecard. Totals, the method's steps, then per salesperson a notes × steps grid, the
/// steps most often missing and a short feedback paragraph per note quoting the evidence; then the session
/// transcripts (who spoke how much) and the texts that were not scored.
enum CallsMarkdown {
    /// The whole document.
    static func render(_ aggregate: CallsAggregate) -> String {
        let method = aggregate.method
        var text = "# Notes d’appel — \(escape(method.name)) (`\(method.id)`)\n\n"
        if aggregate.notes == 0 {
            text += "Aucune note évaluée.\n"
        } else {
            let people = aggregate.salespeople.count
            text += "\(aggregate.notes) note\(plural(aggregate.notes)) évaluée\(plural(aggregate.notes)), "
                + "\(people) vendeur\(plural(people)). Couverture moyenne : \(CallFeedback.percent(aggregate.meanCoverage)). "
                + "Ordre non respecté : \(aggregate.orderViolations) note\(plural(aggregate.orderViolations)).\n"
        }
        text += "\n## Les étapes\n\n"
        for step in method.steps {
            text += "- **\(step.id)** \(escape(step.name))\n"
        }
        for person in aggregate.salespeople {
            text += "\n" + section(person, method: method)
        }
        if !aggregate.sessions.isEmpty { text += "\n" + sessions(aggregate) }
        if !aggregate.unscored.isEmpty {
            text += "\n## Textes non évalués\n\n"
            for item in aggregate.unscored {
                let kind = item.kind.isEmpty ? "" : " (type « \(item.kind) »)"
                let reason = item.reason.isEmpty ? "" : " : \(escape(item.reason))"
                text += "- `\(item.document)`\(kind)\(reason)\n"
            }
            let hidden = aggregate.unscoredCount - aggregate.unscored.count
            if hidden > 0 { text += "- … et \(hidden) autres (voir documents.csv)\n" }
        }
        return text
    }

    /// One salesperson: grid, most missing steps, feedback per note.
    static func section(_ person: SalespersonAggregate, method: CallsMethod) -> String {
        var text = "## \(escape(person.name)) — \(person.notes) note\(plural(person.notes)), "
            + "couverture moyenne \(CallFeedback.percent(person.meanCoverage))\n\n"
        var grid = MarkdownTable(header: ["note", "date", "client"] + method.stepIDs + ["couverture", "ordre"])
        for record in person.records {
            grid.rows.append(
                [fileName(record.document), record.date, record.client]
                    + record.done.map { $0 ? "✔" : "·" }
                    + [CallFeedback.percent(record.coverage), record.orderViolation ? "⚠" : "✔"])
        }
        text += grid.markdown
        if person.records.count < person.notes {
            text += "\n… et \(person.notes - person.records.count) autres notes (voir calls.csv).\n"
        }
        let missing = person.mostMissing()
        if !missing.isEmpty {
            let items = missing.map { index in
                "\(escape(method.title(method.steps[index].id))) (\(person.missingCounts[index])/\(person.notes))"
            }
            text += "\nÉtapes le plus souvent manquantes : " + items.joined(separator: ", ") + ".\n"
        }
        if person.orderViolations > 0 {
            text += "\nOrdre non respecté dans \(person.orderViolations) note\(plural(person.orderViolations)).\n"
        }
        for record in person.records {
            text += "\n### \(escape(fileName(record.document)))\n\n" + CallFeedback.paragraph(record, method: method) + "\n"
        }
        return text
    }

    /// Session transcripts: a speaker table each, and the steps found.
    static func sessions(_ aggregate: CallsAggregate) -> String {
        var text = "## Séances\n"
        for session in aggregate.sessions {
            text += "\n### \(escape(session.document))\n\n"
            var header = ["locuteur", "mots", "part", "questions", "plus long monologue (mots)"]
            // A transcript with timestamps also gives each speaker's time, in minutes.
            let timed = session.speakers.contains { $0.talkSeconds != nil }
            if timed { header += ["temps de parole (min)", "part du temps", "plus long tour (min)"] }
            var table = MarkdownTable(header: header)
            table.rows = session.speakers.map { speaker in
                var row = [speaker.name, String(speaker.words), "\(speaker.sharePercent) %", String(speaker.questions),
                           String(speaker.longestTurn)]
                if timed {
                    row += [minutes(speaker.talkSeconds), speaker.timeSharePercent.map { "\($0) %" } ?? "",
                            minutes(speaker.longestTurnSeconds)]
                }
                return row
            }
            text += session.speakers.isEmpty ? "Aucun tour de parole repéré.\n" : table.markdown
            if session.scored {
                let found = session.stepsFound.map { escape(aggregate.method.title($0)) }
                text += "\nÉtapes trouvées : " + (found.isEmpty ? "aucune" : found.joined(separator: ", ")) + ".\n"
            } else {
                text += "\nLa méthode « \(escape(aggregate.method.id)) » ne s’applique pas aux séances "
                    + "(essayez `--method codev`).\n"
            }
        }
        return text
    }

    /// Seconds as minutes with one decimal, in French notation: 252 s is « 4,2 ».
    static func minutes(_ seconds: Int?) -> String {
        seconds.map { HTMLText.number(Double($0) / 60, digits: 1) } ?? ""
    }

    static func fileName(_ document: String) -> String {
        document.split(separator: "/").last.map(String.init) ?? document
    }

    static func plural(_ count: Int) -> String { count > 1 ? "s" : "" }

    static func escape(_ text: String) -> String { MarkdownTable.escape(text) }
}
