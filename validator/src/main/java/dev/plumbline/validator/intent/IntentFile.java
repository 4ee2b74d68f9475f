package dev.plumbline.validator.intent;

import dev.plumbline.validator.model.Canonical;
import java.util.List;

/** An intents file as read: where it is and its intents in file order. */
public record IntentFile(String file, List<Intent> intents) {

    public IntentFile {
        file = Canonical.text(file);
        intents = Canonical.list(intents);
    }
}
