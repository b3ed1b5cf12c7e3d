<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Athletes</name>
    <message>
        <source>Anonymous %1</source>
        <translation>Anonym %1</translation>
    </message>
    <message>
        <source>No athlete with username or pseudonym &quot;%1&quot;.</source>
        <translation>Kein Athlet mit dem Benutzernamen oder Pseudonym „%1“.</translation>
    </message>
    <message>
        <source>must name an existing athlete</source>
        <translation>muss einen vorhandenen Athleten nennen</translation>
    </message>
    <message>
        <source>There is no athlete with the subject id %1.</source>
        <translation>Es gibt keinen Athleten mit der Subjekt-ID %1.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Sicherung nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Backed up %1 rows to %2 (%3 bytes, integrity check: %4) in %5 ms.</source>
        <translation>%1 Zeilen in %5 ms nach %2 gesichert (%3 Bytes, Integritätsprüfung: %4).</translation>
    </message>
    <message>
        <source>A backup cannot be made inside a transaction.</source>
        <translation>Innerhalb einer Transaktion kann keine Sicherung erstellt werden.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>das ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>the file exists already (overwrite it explicitly, or choose another name)</source>
        <translation>die Datei existiert bereits (ausdrücklich überschreiben oder einen anderen Namen wählen)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or is not writable</source>
        <translation>der Ordner %1 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the copy fails its integrity check: %1</source>
        <translation>die Kopie besteht die Integritätsprüfung nicht: %1</translation>
    </message>
    <message>
        <source>cannot rename the copy into place</source>
        <translation>die Kopie kann nicht an ihren Platz umbenannt werden</translation>
    </message>
    <message>
        <source>cannot rename the copy into place (did the file appear meanwhile?)</source>
        <translation>die Kopie kann nicht an ihren Platz umbenannt werden (ist die Datei inzwischen entstanden?)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>appears more than once (%1)</source>
        <translation>kommt mehr als einmal vor (%1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be empty (ck_exercises_slug_not_empty)</source>
        <translation>darf nicht leer sein (ck_exercises_slug_not_empty)</translation>
    </message>
    <message>
        <source>must be lower-case letters a-z and digits in groups joined by single dashes, like &quot;barbell-bench-press&quot;</source>
        <translation>muss aus Kleinbuchstaben a-z und Ziffern bestehen, in Gruppen durch einzelne Bindestriche verbunden, etwa „barbell-bench-press“</translation>
    </message>
    <message>
        <source>is already the primary muscle</source>
        <translation>ist bereits der Primärmuskel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation>muss ein Text oder null sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must contain only non-empty texts</source>
        <translation>darf nur nicht leere Texte enthalten</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is not a field of a catalog entry</source>
        <translation>ist kein Feld eines Katalogeintrags</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>Der Katalog ist kein gültiges JSON: %1 in Zeile %2, Spalte %3 (Byte %4).</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with catalog_version and exercises.</source>
        <translation>Der Katalog muss ein JSON-Objekt mit catalog_version und exercises sein.</translation>
    </message>
    <message>
        <source>catalog_version must be a whole number of at least 1.</source>
        <translation>catalog_version muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>exercises must be a list.</source>
        <translation>exercises muss eine Liste sein.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be from 1 to catalog_version (%1)</source>
        <translation>muss zwischen 1 und catalog_version (%1) liegen</translation>
    </message>
    <message>
        <source>is also the slug of exercises[%1] (uq_exercises_slug)</source>
        <translation>ist auch der Slug von exercises[%1] (uq_exercises_slug)</translation>
    </message>
    <message>
        <source>is also the name of exercises[%1]</source>
        <translation>ist auch der Name von exercises[%1]</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>The exercise catalog has %n problem(s):</source>
        <translation>
            <numerusform>Der Übungskatalog hat %n Problem:</numerusform>
            <numerusform>Der Übungskatalog hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled exercise catalog %1 is missing from this build.</source>
        <translation>Der mitgelieferte Übungskatalog %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The database is read-only; the exercise catalog was not checked.</source>
        <translation>Die Datenbank ist schreibgeschützt; der Übungskatalog wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>the catalog version must be a whole number</source>
        <translation>die Katalogversion muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>The exercise catalog is up to date (version %1).</source>
        <translation>Der Übungskatalog ist aktuell (Version %1).</translation>
    </message>
    <message>
        <source>Exercise catalog version %1: %2 added</source>
        <translation>Übungskatalog Version %1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 bereits vorhanden</translation>
    </message>
    <message>
        <source>, %1 deleted earlier and not restored</source>
        <translation>, %1 früher gelöscht und nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>must be an object of catalog versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a catalog version from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 new names of exercises already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its catalog version is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_metadata has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; (%2) is not a bundled one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; (%2) was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; (%2) was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 tags, the bundled catalog %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The slug &quot;%1&quot; is already used by the exercise &quot;%2&quot;; choose another one.</source>
        <translation>Der Slug „%1“ wird bereits von der Übung „%2“ verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 (&quot;%3&quot;): %4</source>
        <translation>Übung %1 von %2 („%3“): %4</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n logged set(s) refer to it, and deleting it would erase that training history. Deactivate it instead: it no longer appears when choosing exercises, and its history stays.</source>
        <translation>
            <numerusform>„%1“ kann nicht gelöscht werden: %n erfasster Satz verweist darauf, und das Löschen würde diesen Trainingsverlauf entfernen. Deaktivieren Sie die Übung stattdessen: Sie wird bei der Übungsauswahl nicht mehr angeboten, ihr Verlauf bleibt erhalten.</numerusform>
            <numerusform>„%1“ kann nicht gelöscht werden: %n erfasste Sätze verweisen darauf, und das Löschen würde diesen Trainingsverlauf entfernen. Deaktivieren Sie die Übung stattdessen: Sie wird bei der Übungsauswahl nicht mehr angeboten, ihr Verlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not applied.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Athlete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Athlete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Exercise</source>
        <translation type="unfinished">Übung duplizieren</translation>
    </message>
    <message>
        <source>Import Exercises from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workouts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished">Import rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Constraints</name>
    <message>
        <source>must refer to an existing row of %1</source>
        <translation>muss auf eine vorhandene Zeile von %1 verweisen</translation>
    </message>
    <message>
        <source>each email belongs to one user</source>
        <translation>jede E-Mail-Adresse gehört zu genau einem Benutzer</translation>
    </message>
    <message>
        <source>each username belongs to one user</source>
        <translation>jeder Benutzername gehört zu genau einem Benutzer</translation>
    </message>
    <message>
        <source>a user is linked to at most one subject</source>
        <translation>ein Benutzer ist mit höchstens einem Subjekt verknüpft</translation>
    </message>
    <message>
        <source>each pseudonym identifies one subject</source>
        <translation>jedes Pseudonym bezeichnet genau ein Subjekt</translation>
    </message>
    <message>
        <source>a subject has at most one profile</source>
        <translation>ein Subjekt hat höchstens ein Profil</translation>
    </message>
    <message>
        <source>one body measurement per subject and day</source>
        <translation>eine Körpermessung pro Subjekt und Tag</translation>
    </message>
    <message>
        <source>each slug names one exercise</source>
        <translation>jeder Slug bezeichnet genau eine Übung</translation>
    </message>
    <message>
        <source>an exercise has each alias once</source>
        <translation>eine Übung hat jeden Alias nur einmal</translation>
    </message>
    <message>
        <source>each tag name exists once</source>
        <translation>jeder Schlagwortname existiert nur einmal</translation>
    </message>
    <message>
        <source>an exercise has each tag once</source>
        <translation>eine Übung hat jedes Schlagwort nur einmal</translation>
    </message>
    <message>
        <source>an exercise lists each secondary muscle once</source>
        <translation>eine Übung führt jeden Sekundärmuskel nur einmal auf</translation>
    </message>
    <message>
        <source>routine names are unique per subject</source>
        <translation>Namen von Trainingsplänen sind pro Subjekt eindeutig</translation>
    </message>
    <message>
        <source>day numbers are unique within a routine</source>
        <translation>Tagesnummern sind innerhalb eines Trainingsplans eindeutig</translation>
    </message>
    <message>
        <source>positions are unique within a routine day</source>
        <translation>Positionen sind innerhalb eines Trainingstags eindeutig</translation>
    </message>
    <message>
        <source>set numbers are unique within a planned exercise</source>
        <translation>Satznummern sind innerhalb einer geplanten Übung eindeutig</translation>
    </message>
    <message>
        <source>cycle numbers are unique within a routine</source>
        <translation>Zyklusnummern sind innerhalb eines Trainingsplans eindeutig</translation>
    </message>
    <message>
        <source>one workout session per subject and day</source>
        <translation>eine Trainingseinheit pro Subjekt und Tag</translation>
    </message>
    <message>
        <source>one logged set per subject, exercise, time and set number</source>
        <translation>ein erfasster Satz pro Subjekt, Übung, Zeitpunkt und Satznummer</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 ms.</source>
        <translation>%1 Zeilen in %4 ms von %2 nach %3 kopiert.</translation>
    </message>
    <message>
        <source>Count check (source → target):</source>
        <translation>Zählprüfung (Quelle → Ziel):</translation>
    </message>
    <message>
        <source>All counts match.</source>
        <translation>Alle Zahlen stimmen überein.</translation>
    </message>
    <message>
        <source>The counts differ.</source>
        <translation>Die Zahlen weichen ab.</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 is not empty: %2. A copy goes only into a new, empty database, so that nothing is merged or overwritten (create it by opening it, not with init, which installs the exercise catalog).</source>
        <translation>%1 ist nicht leer: %2. Kopiert wird nur in eine neue, leere Datenbank, damit nichts zusammengeführt oder überschrieben wird (legen Sie sie durch Öffnen an, nicht mit init, das den Übungskatalog installiert).</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1).</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank (%1).</translation>
    </message>
    <message>
        <source>The source has schema version %1 and the target %2; open both with the same FitnessTrack first.</source>
        <translation>Die Quelle hat Schemaversion %1, das Ziel %2; öffnen Sie zuerst beide mit derselben FitnessTrack-Version.</translation>
    </message>
    <message>
        <source>Copying %1 ...</source>
        <translation>%1 wird kopiert ...</translation>
    </message>
    <message>
        <source>%1: %2 rows read from the source, which counts %3.</source>
        <translation>%1: %2 Zeilen aus der Quelle gelesen, die %3 zählt.</translation>
    </message>
    <message>
        <source>The copy was rolled back: the counts differ.
%1</source>
        <translation>Die Kopie wurde zurückgerollt: Die Zahlen weichen ab.
%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Line %1 holds a NUL byte: this is a binary file, not a CSV text export.</source>
        <translation>Zeile %1 enthält ein NUL-Byte: Das ist eine Binärdatei, kein CSV-Textexport.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 (%2 at byte 0x%3): export the file again as UTF-8.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8 (%2 bei Byte 0x%3): Exportieren Sie die Datei erneut als UTF-8.</translation>
    </message>
    <message>
        <source>The record on line %1 has more than %2 fields: this is not an export this importer can read.</source>
        <translation>Der Datensatz in Zeile %1 hat mehr als %2 Felder: Das ist kein Export, den dieser Import lesen kann.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text: export it again as UTF-8.</source>
        <translation>Die Datei ist UTF-16-Text: Exportieren Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>This is a binary file, not a CSV text export (a NUL byte at byte %1).</source>
        <translation>Das ist eine Binärdatei, kein CSV-Textexport (ein NUL-Byte bei Byte %1).</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is still open at the end of the file: the file seems truncated.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, ist am Dateiende noch offen: Die Datei scheint abgeschnitten.</translation>
    </message>
    <message>
        <source>A field that starts on line %1 is longer than %2: this is not an export this importer can read.</source>
        <translation>Ein Feld, das in Zeile %1 beginnt, ist länger als %2: Das ist kein Export, den dieser Import lesen kann.</translation>
    </message>
    <message>
        <source>The record on line %1 is longer than %2: this is not an export this importer can read.</source>
        <translation>Der Datensatz in Zeile %1 ist länger als %2: Das ist kein Export, den dieser Import lesen kann.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed: %3</source>
        <translation>%1: „%2“ ist nicht zulässig: %3</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>das ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the password for user %1 was refused</source>
        <translation>das Passwort für den Benutzer %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given (put it in the URL or in PGPASSWORD)</source>
        <translation>der Server verlangt ein Passwort, es wurde aber keines angegeben (in der URL oder in PGPASSWORD angeben)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the server %1:%2 cannot be reached (%3)</source>
        <translation>der Server %1:%2 ist nicht erreichbar (%3)</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 is not a FitnessTrack database: it has tables (%2) but no schema_migrations. It was left untouched.</source>
        <translation>%1 ist keine FitnessTrack-Datenbank: Sie hat Tabellen (%2), aber keine schema_migrations. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; already exists: %3</source>
        <translation>%1: „%2“ existiert bereits: %3</translation>
    </message>
    <message>
        <source>must be one of the enum&apos;s values (%1)</source>
        <translation>muss einer der Werte der Aufzählung sein (%1)</translation>
    </message>
    <message>
        <source>rows of %1 still refer to it (%2)</source>
        <translation>Zeilen von %1 verweisen noch darauf (%2)</translation>
    </message>
    <message>
        <source>Cannot delete %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is corrupt (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>another program holds a lock on it; try again</source>
        <translation>ein anderes Programm hält eine Sperre darauf; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <source>Backend:        %1
Location:       %2
Schema version: %3
</source>
        <translation>Backend:        %1
Speicherort:    %2
Schemaversion:  %3
</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation>Ungültige Datenbank-URL „%1“: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>the host is missing (postgresql://user@host[:port]/dbname)</source>
        <translation>der Host fehlt (postgresql://user@host[:port]/dbname)</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the user is missing (postgresql://user@host[:port]/dbname)</source>
        <translation>der Benutzer fehlt (postgresql://user@host[:port]/dbname)</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host[:port]/dbname)</source>
        <translation>der Datenbankname fehlt (postgresql://user@host[:port]/dbname)</translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation>Abfrageparameter und Fragmente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown scheme; use a file path, sqlite:PATH or postgresql://</source>
        <translation>unbekanntes Schema; verwenden Sie einen Dateipfad, sqlite:PFAD oder postgresql://</translation>
    </message>
    <message>
        <source>the SQLite file path is missing</source>
        <translation>der SQLite-Dateipfad fehlt</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>demo: a row written to %1 did not come back from RETURNING</source>
        <translation>Demo: Eine in %1 geschriebene Zeile kam von RETURNING nicht zurück</translation>
    </message>
    <message>
        <source>%1 already has demo athletes (%2 among them); nothing was written. Use an empty database for the demo, or delete those athletes first.</source>
        <translation>%1 enthält bereits Demo-Athleten (darunter %2); es wurde nichts geschrieben. Verwenden Sie für die Demo eine leere Datenbank oder löschen Sie diese Athleten zuerst.</translation>
    </message>
    <message>
        <source>demo usernames athlete0001 to athlete%1 must be free</source>
        <translation>die Demo-Benutzernamen athlete0001 bis athlete%1 müssen frei sein</translation>
    </message>
    <message>
        <source>demo: the number of years must be from 1 to 50</source>
        <translation>Demo: Die Anzahl der Jahre muss zwischen 1 und 50 liegen</translation>
    </message>
    <message>
        <source>demo: the end date is not a valid date</source>
        <translation>Demo: Das Enddatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>demo: %1 is read-only</source>
        <translation>Demo: %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>demo: writing %1 failed (%2 athletes before it were kept): %3</source>
        <translation>Demo: Schreiben von %1 fehlgeschlagen (%2 Athleten davor wurden behalten): %3</translation>
    </message>
    <message>
        <source>athlete %1/%2 %3: %4 routines, %5 sessions (%6 missed), %7 set logs in %8 ms</source>
        <translation>Athlet %1/%2 %3: %4 Trainingspläne, %5 Einheiten (%6 verpasst), %7 erfasste Sätze in %8 ms</translation>
    </message>
    <message>
        <source>demo: the number of athletes must be from 1 to 10000</source>
        <translation>Demo: Die Anzahl der Athleten muss zwischen 1 und 10000 liegen</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Chest</source>
        <comment>muscle group</comment>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>muscle group</comment>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <comment>muscle group</comment>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Quadriceps</source>
        <comment>muscle group</comment>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <comment>muscle group</comment>
        <translation>Beinbeuger</translation>
    </message>
    <message>
        <source>Glutes</source>
        <comment>muscle group</comment>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Calves</source>
        <comment>muscle group</comment>
        <translation>Waden</translation>
    </message>
    <message>
        <source>Biceps</source>
        <comment>muscle group</comment>
        <translation>Bizeps</translation>
    </message>
    <message>
        <source>Triceps</source>
        <comment>muscle group</comment>
        <translation>Trizeps</translation>
    </message>
    <message>
        <source>Forearms</source>
        <comment>muscle group</comment>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>Abs</source>
        <comment>muscle group</comment>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Obliques</source>
        <comment>muscle group</comment>
        <translation>Seitlicher Bauch</translation>
    </message>
    <message>
        <source>Full body</source>
        <comment>muscle group</comment>
        <translation>Ganzkörper</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>muscle group</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Barbell</source>
        <comment>equipment</comment>
        <translation>Langhantel</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <comment>equipment</comment>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>Machine</source>
        <comment>equipment</comment>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Cable</source>
        <comment>equipment</comment>
        <translation>Kabelzug</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <comment>equipment</comment>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Kettlebell</source>
        <comment>equipment</comment>
        <translation>Kettlebell</translation>
    </message>
    <message>
        <source>Band</source>
        <comment>equipment</comment>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <source>Smith machine</source>
        <comment>equipment</comment>
        <translation>Multipresse</translation>
    </message>
    <message>
        <source>Trap bar</source>
        <comment>equipment</comment>
        <translation>Trap-Bar</translation>
    </message>
    <message>
        <source>EZ bar</source>
        <comment>equipment</comment>
        <translation>SZ-Stange</translation>
    </message>
    <message>
        <source>Plate</source>
        <comment>equipment</comment>
        <translation>Hantelscheibe</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>equipment</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Compound</source>
        <comment>mechanics</comment>
        <translation>Mehrgelenkig</translation>
    </message>
    <message>
        <source>Isolation</source>
        <comment>mechanics</comment>
        <translation>Eingelenkig</translation>
    </message>
    <message>
        <source>Push</source>
        <comment>force vector</comment>
        <translation>Drücken</translation>
    </message>
    <message>
        <source>Pull</source>
        <comment>force vector</comment>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Static</source>
        <comment>force vector</comment>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Beginner</source>
        <comment>level</comment>
        <translation>Anfänger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <comment>level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>level</comment>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Hinge</source>
        <comment>movement pattern</comment>
        <translation>Hüftbeuge</translation>
    </message>
    <message>
        <source>Squat</source>
        <comment>movement pattern</comment>
        <translation>Kniebeuge</translation>
    </message>
    <message>
        <source>Lunge</source>
        <comment>movement pattern</comment>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>Horizontal push</source>
        <comment>movement pattern</comment>
        <translation>Horizontales Drücken</translation>
    </message>
    <message>
        <source>Horizontal pull</source>
        <comment>movement pattern</comment>
        <translation>Horizontales Ziehen</translation>
    </message>
    <message>
        <source>Vertical push</source>
        <comment>movement pattern</comment>
        <translation>Vertikales Drücken</translation>
    </message>
    <message>
        <source>Vertical pull</source>
        <comment>movement pattern</comment>
        <translation>Vertikales Ziehen</translation>
    </message>
    <message>
        <source>Carry</source>
        <comment>movement pattern</comment>
        <translation>Tragen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <comment>movement pattern</comment>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Anti-rotation</source>
        <comment>movement pattern</comment>
        <translation>Anti-Rotation</translation>
    </message>
    <message>
        <source>Hip abduction</source>
        <comment>movement pattern</comment>
        <translation>Hüftabduktion</translation>
    </message>
    <message>
        <source>Hip adduction</source>
        <comment>movement pattern</comment>
        <translation>Hüftadduktion</translation>
    </message>
    <message>
        <source>Calf raise</source>
        <comment>movement pattern</comment>
        <translation>Wadenheben</translation>
    </message>
    <message>
        <source>Core brace</source>
        <comment>movement pattern</comment>
        <translation>Rumpfstabilisation</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>movement pattern</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>sex</comment>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>sex</comment>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sex</comment>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <comment>sex</comment>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>workout status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>workout status</comment>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file exists already (overwrite it explicitly, or choose another name)</source>
        <translation>die Datei existiert bereits (ausdrücklich überschreiben oder einen anderen Namen wählen)</translation>
    </message>
    <message>
        <source>Not a FitnessTrack JSON export, line %1: %2</source>
        <translation>Kein FitnessTrack-JSON-Export, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Not a FitnessTrack JSON export: %1</source>
        <translation>Kein FitnessTrack-JSON-Export: %1</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>a table without &quot;table&quot; and &quot;columns&quot;</source>
        <translation>eine Tabelle ohne &quot;table&quot; und &quot;columns&quot;</translation>
    </message>
    <message>
        <source>a row that is not a list</source>
        <translation>eine Zeile, die keine Liste ist</translation>
    </message>
    <message>
        <source>text after the end of the export</source>
        <translation>Text nach dem Ende des Exports</translation>
    </message>
    <message>
        <source>a table was expected</source>
        <translation>eine Tabelle wurde erwartet</translation>
    </message>
    <message>
        <source>the file ends before the export does (truncated?)</source>
        <translation>die Datei endet vor dem Export (abgeschnitten?)</translation>
    </message>
    <message>
        <source>&quot;fitnesstrack_export&quot; must be %1</source>
        <translation>&quot;fitnesstrack_export&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be &quot;database&quot; or &quot;athlete&quot;</source>
        <translation>&quot;scope&quot; muss &quot;database&quot; oder &quot;athlete&quot; sein</translation>
    </message>
    <message>
        <source>The export was written by a newer FitnessTrack (schema %1; this one has %2): update FitnessTrack to import it.</source>
        <translation>Der Export stammt von einer neueren FitnessTrack-Version (Schema %1; diese hat %2): Aktualisieren Sie FitnessTrack, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is not one this version knows</source>
        <translation>die Tabelle „%1“ ist dieser Version unbekannt</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; comes twice</source>
        <translation>die Tabelle „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; in this version</source>
        <translation>%1 hat in dieser Version keine Spalte „%2“</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is missing</source>
        <translation>%1: die Spalte „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: a row of %2 values for %3 columns</source>
        <translation>%1: eine Zeile mit %2 Werten für %3 Spalten</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows (%2 bytes) to %3.</source>
        <translation>%1 Zeilen (%2 Bytes) nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Imported a %1 export: %2 rows</source>
        <translation>Export (%1) importiert: %2 Zeilen</translation>
    </message>
    <message>
        <source>, ids kept.</source>
        <translation>, IDs beibehalten.</translation>
    </message>
    <message>
        <source>, with new ids; %1 exercises and %2 tags were already there.</source>
        <translation>, mit neuen IDs; %1 Übungen und %2 Schlagwörter waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>A whole-database export is imported only into an empty database or one that holds nothing but the untouched bundled exercise catalog, so that nothing is merged or overwritten; %1 has data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its exercise catalog is not the bundled one as installed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitNotesReader</name>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>This FitNotes export lacks the column(s) &quot;%1&quot;.</source>
        <translation>Diesem FitNotes-Export fehlen die Spalte(n) &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file could not be read a second time: %1.</source>
        <translation>Die Datei konnte kein zweites Mal gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file changed while being read.</source>
        <translation>Die Datei hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source>Dates read as %1, the order of most of them (line %2 has %3, line %4 has %5); rows that do not fit are skipped.</source>
        <translation>Datumsangaben als %1 gelesen, wie die meisten angeordnet sind (Zeile %2 hat %3, Zeile %4 hat %5); Zeilen, die nicht dazu passen, werden verworfen.</translation>
    </message>
    <message>
        <source>Dates read as %1 (line %2 has %3).</source>
        <translation>Datumsangaben als %1 gelesen (Zeile %2 hat %3).</translation>
    </message>
    <message>
        <source>Dates such as %1 (line %2) could be day/month or month/day; read as %3, the order of the system locale (%4).</source>
        <translation>Datumsangaben wie %1 (Zeile %2) können Tag/Monat oder Monat/Tag sein; als %3 gelesen, gemäß dem System-Gebietsschema (%4).</translation>
    </message>
    <message>
        <source>Dates read as %1, the order of the system locale (%2): the file could not be looked over first.</source>
        <translation>Datumsangaben als %1 gelesen, gemäß dem System-Gebietsschema (%2): Die Datei konnte nicht vorab durchgesehen werden.</translation>
    </message>
    <message>
        <source>is not a weight unit (kgs or lbs)</source>
        <translation>ist keine Gewichtseinheit (kgs oder lbs)</translation>
    </message>
    <message>
        <source>is empty, but the row has a weight</source>
        <translation>ist leer, aber die Zeile hat ein Gewicht</translation>
    </message>
    <message>
        <source>is not a distance unit (m, km, mi, ft or yd)</source>
        <translation>ist keine Streckeneinheit (m, km, mi, ft oder yd)</translation>
    </message>
    <message>
        <source>is empty, but the row has a distance</source>
        <translation>ist leer, aber die Zeile hat eine Strecke</translation>
    </message>
</context>
<context>
    <name>FreeExerciseDb</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;)</source>
        <translation>Eintrag %1 („%2“)</translation>
    </message>
    <message>
        <source>%1: %2 %3. Nothing was imported.</source>
        <translation>%1: %2 %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation>muss ein Text oder null sein</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must contain only texts</source>
        <translation>darf nur Texte enthalten</translation>
    </message>
    <message>
        <source>(not in the source)</source>
        <translation>(nicht in der Quelle)</translation>
    </message>
    <message>
        <source>OTHER: no pattern recognised in the name</source>
        <translation>OTHER: kein Muster im Namen erkannt</translation>
    </message>
    <message>
        <source>COMPOUND when more than one muscle group works, else ISOLATION</source>
        <translation>COMPOUND, wenn mehr als eine Muskelgruppe arbeitet, sonst ISOLATION</translation>
    </message>
    <message>
        <source>from the movement pattern: PUSH, PULL, or STATIC (stretches, carries, bracing, unknown)</source>
        <translation>aus dem Bewegungsmuster: PUSH, PULL oder STATIC (Dehnübungen, Tragen, Stabilisation, unbekannt)</translation>
    </message>
    <message>
        <source>a tag of the same name</source>
        <translation>ein gleichnamiges Schlagwort</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte offset %4). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3 (Byte-Offset %4). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is JSON but not a free-exercise-db exercise list: it must be an array of exercises ([{&quot;name&quot;: …}, …]), and it is an object. Nothing was imported.</source>
        <translation>Die Datei ist JSON, aber keine Übungsliste von free-exercise-db: Sie muss ein Array von Übungen sein ([{&quot;name&quot;: …}, …]), ist aber ein Objekt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>%1 exercises in the file: %2 added, %3 skipped (already present).
</source>
        <translation>%1 Übungen in der Datei: %2 hinzugefügt, %3 übersprungen (bereits vorhanden).
</translation>
    </message>
    <message>
        <source>Every value was mapped.
</source>
        <translation>Alle Werte wurden zugeordnet.
</translation>
    </message>
    <message>
        <source>Values that could not be mapped directly:
</source>
        <translation>Werte, die nicht direkt zugeordnet werden konnten:
</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>  %1 = %2 (%3×) → %4: %5
</source>
        <translation>  %1 = %2 (%3×) → %4: %5
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HevyReader</name>
    <message>
        <source>This Hevy export lacks the column(s) &quot;%1&quot;.</source>
        <translation>Diesem Hevy-Export fehlen die Spalte(n) &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is before start_time; the workout&apos;s duration is left out</source>
        <translation>liegt vor start_time; die Dauer des Trainings wird weggelassen</translation>
    </message>
    <message>
        <source>a workout longer than %1 hours</source>
        <translation>ein Training länger als %1 Stunden</translation>
    </message>
    <message>
        <source>; the workout&apos;s duration is left out</source>
        <translation>; die Dauer des Trainings wird weggelassen</translation>
    </message>
    <message>
        <source>is not a set number (0, 1, 2, ...)</source>
        <translation>ist keine Satznummer (0, 1, 2, ...)</translation>
    </message>
    <message>
        <source>is not a set type this importer knows; read as a normal set</source>
        <translation>ist kein Satztyp, den dieser Import kennt; als normaler Satz gelesen</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is ambiguous: a decimal comma or a thousands separator</source>
        <translation>ist mehrdeutig: Dezimalkomma oder Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>is not a duration (such as 45s, 31m, 1h 3m or 1:03:00)</source>
        <translation>ist keine Dauer (etwa 45s, 31m, 1h 3m oder 1:03:00)</translation>
    </message>
    <message>
        <source>is negative; a duration cannot be</source>
        <translation>ist negativ; eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>is longer than any workout can be</source>
        <translation>ist länger, als ein Training dauern kann</translation>
    </message>
    <message>
        <source>is not a date (such as 2026-03-02 19:59, 2 Mar 2026, 19:59 or 23/12/2025)</source>
        <translation>ist kein Datum (etwa 2026-03-02 19:59, 2 Mar 2026, 19:59 oder 23/12/2025)</translation>
    </message>
    <message>
        <source>is not a time: %1 o&apos;clock with am/pm</source>
        <translation>ist keine Uhrzeit: %1 Uhr mit am/pm</translation>
    </message>
    <message>
        <source>is a time that does not exist</source>
        <translation>ist eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <source>is not a date read as day/month/year (there is no month %1)</source>
        <translation>ist kein Datum, wenn als Tag/Monat/Jahr gelesen (es gibt keinen Monat %1)</translation>
    </message>
    <message>
        <source>is not a date read as month/day/year (there is no month %1)</source>
        <translation>ist kein Datum, wenn als Monat/Tag/Jahr gelesen (es gibt keinen Monat %1)</translation>
    </message>
    <message>
        <source>has a year outside 1900 to 2200</source>
        <translation>hat ein Jahr außerhalb von 1900 bis 2200</translation>
    </message>
    <message>
        <source>is a date that does not exist</source>
        <translation>ist ein Datum, das es nicht gibt</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>weight %1 kg: must not be negative</source>
        <translation>Gewicht %1 kg: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>weight %1 kg: the most a set log holds is %2 kg</source>
        <translation>Gewicht %1 kg: Ein erfasster Satz fasst höchstens %2 kg</translation>
    </message>
    <message>
        <source>reps %1: must not be negative</source>
        <translation>Wiederholungen %1: dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>RPE %1: must be from 0 to 10</source>
        <translation>RPE %1: muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <source>distance %1 m: must not be negative</source>
        <translation>Strecke %1 m: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>time %1 s: must not be negative</source>
        <translation>Zeit %1 s: darf nicht negativ sein</translation>
    </message>
    <message numerus="yes">
        <source>the workout has no valid start time; its %n set(s) were skipped</source>
        <translation>
            <numerusform>das Training hat keine gültige Startzeit; sein %n Satz wurde verworfen</numerusform>
            <numerusform>das Training hat keine gültige Startzeit; seine %n Sätze wurden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>The new session&apos;s id did not come back.</source>
        <translation>Die ID der neuen Einheit kam nicht zurück.</translation>
    </message>
    <message>
        <source>The exercise chosen for &quot;%1&quot; (id %2) does not exist.</source>
        <translation>Die für „%1“ gewählte Übung (ID %2) existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the exercise for &quot;%1&quot;: %2</source>
        <translation>Die Übung für „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The import batch&apos;s id did not come back.</source>
        <translation>Die ID des Importvorgangs kam nicht zurück.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Preview of a %1 import (nothing was written):</source>
        <translation>Vorschau eines %1-Imports (nichts wurde geschrieben):</translation>
    </message>
    <message>
        <source>Imported from %1 as batch %2:</source>
        <translation>Aus %1 importiert als Importvorgang %2:</translation>
    </message>
    <message>
        <source>Nothing new to import from this %1 file:</source>
        <translation>Nichts Neues aus dieser %1-Datei zu importieren:</translation>
    </message>
    <message>
        <source>  this file was imported before (batch %1)</source>
        <translation>  diese Datei wurde bereits importiert (Importvorgang %1)</translation>
    </message>
    <message>
        <source>  workouts: %1 from %2 to %3; sessions: %4 new, %5 workouts added to an existing one</source>
        <translation>  Trainings: %1 vom %2 bis %3; Einheiten: %4 neu, %5 Trainings zu einer bestehenden hinzugefügt</translation>
    </message>
    <message>
        <source>  %1 sets read, %2 imported, %3 already there</source>
        <translation>  %1 Sätze gelesen, %2 importiert, %3 bereits vorhanden</translation>
    </message>
    <message>
        <source>  %1 exercises, %2 new</source>
        <translation>  %1 Übungen, %2 neu</translation>
    </message>
    <message>
        <source>    new: &quot;%1&quot; (%2, %3)</source>
        <translation>    neu: „%1“ (%2, %3)</translation>
    </message>
    <message>
        <source>    &quot;%1&quot; → %2 (%3)</source>
        <translation>    „%1“ → %2 (%3)</translation>
    </message>
    <message>
        <source>  %1 rows skipped</source>
        <translation>  %1 Zeilen verworfen</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    Zeile %1: %2</translation>
    </message>
    <message>
        <source>  %1 values to check</source>
        <translation>  %1 Werte zu prüfen</translation>
    </message>
    <message>
        <source>    line %1: %2 %3: %4</source>
        <translation>    Zeile %1: %2 %3: %4</translation>
    </message>
    <message>
        <source>Undid import batch %1: %2 sets, %3 sessions and %4 exercises deleted.</source>
        <translation>Importvorgang %1 rückgängig gemacht: %2 Sätze, %3 Einheiten und %4 Übungen gelöscht.</translation>
    </message>
    <message>
        <source>%1 session notes restored.</source>
        <translation>%1 Notizen zu Einheiten wiederhergestellt.</translation>
    </message>
    <message>
        <source>Kept because they changed since the import: %1 sessions with other sets, %2 exercises in use, %3 edited session notes.</source>
        <translation>Behalten, weil seit dem Import geändert: %1 Einheiten mit anderen Sätzen, %2 verwendete Übungen, %3 bearbeitete Notizen zu Einheiten.</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importvorgang %1.</translation>
    </message>
    <message>
        <source>Import batch %1 was undone already (%2).</source>
        <translation>Importvorgang %1 wurde bereits rückgängig gemacht (%2).</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Der Import wurde abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This build has no schema for %1.</source>
        <translation>Dieser Build hat kein Schema für %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer FitnessTrack (schema version %2; this version understands up to %3). It was left untouched: update FitnessTrack to open it.</source>
        <translation>%1 wurde von einer neueren FitnessTrack-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Die Datenbank wurde nicht verändert: Aktualisieren Sie FitnessTrack, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1 needs its schema upgraded from version %2 to %3, but it is opened read-only.</source>
        <translation>Das Schema von %1 muss von Version %2 auf %3 aktualisiert werden, die Datenbank ist aber schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the embedded migration %1.</source>
        <translation>Die eingebettete Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>PlannedValues</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished">muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a weight from 0 to 9,999.99 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 10 in steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be four phases (eccentric, pause, concentric, pause), each a digit or X, e.g. 3-1-X-0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be whole seconds of 0 or more, or m:ss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>two days, the first not after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working sets per muscle and week (target %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working sets in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished">Muskel</translation>
    </message>
    <message>
        <source>Sets per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, estimated 1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (hat %2)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be less than %1 in magnitude (numeric(%2,%3))</source>
        <translation>muss betragsmäßig kleiner als %1 sein (numeric(%2,%3))</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>%1: no row with id %2</source>
        <translation>%1: keine Zeile mit der ID %2</translation>
    </message>
    <message>
        <source>must exist</source>
        <translation>muss existieren</translation>
    </message>
</context>
<context>
    <name>RoutineEdit</name>
    <message>
        <source>must be from 1 to %1</source>
        <translation type="unfinished">muss zwischen 1900 und %1 liegen {1 ?}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished">muss 0 oder größer sein {1 ?}</translation>
    </message>
    <message>
        <source>the number of sets to add must be from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineFragment</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished">muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation type="unfinished">muss ein Text oder null sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished">muss ein Objekt sein</translation>
    </message>
    <message>
        <source>an exercise needs its id or its slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise “%1” is not in this database&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be “%1”: this is not part of a FitnessTrack routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished">muss %1 sein</translation>
    </message>
    <message>
        <source>must be day, exercise or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>RoutinePrinter</name>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo / rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected @ and a load, RIR, RPE, tempo, rest, to failure, warm-up, a &quot;note&quot;, &apos;;&apos; or the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of sets, e.g. 3x5 or 3 sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of sets must be from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of reps after &apos;x&apos;, e.g. 3x5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;x&apos; and a number of reps, or &apos;sets&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a load after &apos;@&apos;, e.g. @ 100kg or @ 225lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the unit of the load: kg or lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the closing &apos;&quot;&apos; of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;failure&apos; after &apos;to&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an exercise of the catalog (a name or an alias), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an exercise of the catalog (a name or an alias), not &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected sets after &apos;:&apos;, e.g. 3x5 @ 100kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Day %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected day number %1 (days are numbered 1, 2, 3, ... in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and the day&apos;s title, or the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s title is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the routine&apos;s name as &quot;# Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine&apos;s name is longer than 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;## Day %1&quot;: a routine has one &quot;# Name&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;## Day 1&quot; before the first exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected no exercises on a rest day (Day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the routine&apos;s name as &quot;# Name&quot;; the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineTree</name>
    <message>
        <source>The athlete has no routine &quot;%1&quot; (by id or name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowState</name>
    <message>
        <source>and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 now, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 exists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows must be as the command left them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data changed since (another edit, perhaps on another computer), so nothing was changed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 disappeared while it was being restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting %1 = &quot;%2&quot; ignored: %3; using %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be kg or lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above the high target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to %1</source>
        <translation type="unfinished">muss zwischen 1900 und %1 liegen {0 ?}</translation>
    </message>
    <message>
        <source>must be from the low target (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished">muss einer der Werte %1 sein</translation>
    </message>
</context>
<context>
    <name>StrongReader</name>
    <message>
        <source>comma layout</source>
        <translation>Komma-Format</translation>
    </message>
    <message>
        <source>semicolon layout with Workout #</source>
        <translation>Semikolon-Format mit Workout #</translation>
    </message>
    <message>
        <source>legacy layout with units per row</source>
        <translation>altes Format mit Einheiten pro Zeile</translation>
    </message>
    <message>
        <source>This Strong export (%1) lacks the column(s) &quot;%2&quot;.</source>
        <translation>Diesem Strong-Export (%1) fehlen die Spalte(n) &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Distances read as miles (the file does not say its unit).</source>
        <translation>Strecken als Meilen gelesen (die Datei nennt ihre Einheit nicht).</translation>
    </message>
    <message>
        <source>Distances read as kilometres (the file does not say its unit).</source>
        <translation>Strecken als Kilometer gelesen (die Datei nennt ihre Einheit nicht).</translation>
    </message>
    <message>
        <source>is not a set number, W, F, D, WARM_UP, FAILURE, DROP_SET, Rest Timer or Note</source>
        <translation>ist weder eine Satznummer noch W, F, D, WARM_UP, FAILURE, DROP_SET, Rest Timer oder Note</translation>
    </message>
    <message>
        <source>is not a weight unit (kg or lbs)</source>
        <translation>ist keine Gewichtseinheit (kg oder lbs)</translation>
    </message>
    <message>
        <source>is empty, but the row has a weight</source>
        <translation>ist leer, aber die Zeile hat ein Gewicht</translation>
    </message>
    <message>
        <source>is not a distance unit (m, km, mi., ft or yd)</source>
        <translation>ist keine Streckeneinheit (m, km, mi., ft oder yd)</translation>
    </message>
    <message>
        <source>is empty, but the row has a distance</source>
        <translation>ist leer, aber die Zeile hat eine Strecke</translation>
    </message>
</context>
<context>
    <name>TableData</name>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be less than %1 in magnitude (numeric(%2,%3))</source>
        <translation>muss betragsmäßig kleiner als %1 sein (numeric(%2,%3))</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>%1 characters are more than varchar(%2) holds</source>
        <translation>%1 Zeichen sind mehr, als varchar(%2) fasst</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD</source>
        <translation>ein Datum in der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ</source>
        <translation>eine UTC-Zeit in der Form YYYY-MM-DDTHH:MM:SS.sssZ</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not among the rows written</source>
        <translation>verweist auf %1 %2, das nicht unter den geschriebenen Zeilen ist</translation>
    </message>
    <message>
        <source>%1: the new row&apos;s id did not come back</source>
        <translation>%1: die ID der neuen Zeile kam nicht zurück</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>needed columns</source>
        <translation>benötigte Spalten</translation>
    </message>
    <message>
        <source>is negative; a weight cannot be</source>
        <translation>ist negativ; ein Gewicht kann nicht negativ sein</translation>
    </message>
    <message>
        <source>is more than %1 kg; no weight can be</source>
        <translation>ist mehr als %1 kg; so schwer kann kein Gewicht sein</translation>
    </message>
    <message>
        <source>more than %1 kg</source>
        <translation>mehr als %1 kg</translation>
    </message>
    <message>
        <source>is negative; reps cannot be</source>
        <translation>ist negativ; Wiederholungen können nicht negativ sein</translation>
    </message>
    <message>
        <source>is not a whole number of reps</source>
        <translation>ist keine ganze Zahl von Wiederholungen</translation>
    </message>
    <message>
        <source>is more than %1 reps; no set can be</source>
        <translation>ist mehr als %1 Wiederholungen; so viele hat kein Satz</translation>
    </message>
    <message>
        <source>more than %1 reps</source>
        <translation>mehr als %1 Wiederholungen</translation>
    </message>
    <message>
        <source>is outside the RPE scale of %1 to %2</source>
        <translation>liegt außerhalb der RPE-Skala von %1 bis %2</translation>
    </message>
    <message>
        <source>is negative; a distance cannot be</source>
        <translation>ist negativ; eine Strecke kann nicht negativ sein</translation>
    </message>
    <message>
        <source>is more than %1 km; no set can be</source>
        <translation>ist mehr als %1 km; so lang ist kein Satz</translation>
    </message>
    <message>
        <source>more than %1 km</source>
        <translation>mehr als %1 km</translation>
    </message>
    <message>
        <source>is longer than a week; no set can be</source>
        <translation>ist länger als eine Woche; so lange dauert kein Satz</translation>
    </message>
    <message>
        <source>a set longer than %1 hours</source>
        <translation>ein Satz länger als %1 Stunden</translation>
    </message>
    <message>
        <source>; the workout&apos;s duration is left out</source>
        <translation>; die Dauer des Trainings wird weggelassen</translation>
    </message>
    <message>
        <source>a workout longer than %1 hours</source>
        <translation>ein Training länger als %1 Stunden</translation>
    </message>
    <message>
        <source>the row records no weight, reps, distance or time</source>
        <translation>die Zeile enthält weder Gewicht noch Wiederholungen, Strecke oder Zeit</translation>
    </message>
    <message>
        <source>is empty; every row needs a date</source>
        <translation>ist leer; jede Zeile braucht ein Datum</translation>
    </message>
    <message>
        <source>has no time of day</source>
        <translation>hat keine Uhrzeit</translation>
    </message>
    <message>
        <source>Weights read as pounds (the file does not say its unit).</source>
        <translation>Gewichte als Pfund gelesen (die Datei nennt ihre Einheit nicht).</translation>
    </message>
    <message>
        <source>Weights read as kilograms (the file does not say its unit).</source>
        <translation>Gewichte als Kilogramm gelesen (die Datei nennt ihre Einheit nicht).</translation>
    </message>
    <message>
        <source>is empty; every set needs an exercise</source>
        <translation>ist leer; jeder Satz braucht eine Übung</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source> (and no line end: the file seems cut off)</source>
        <translation> (und kein Zeilenende: Die Datei scheint abgeschnitten)</translation>
    </message>
    <message>
        <source>, and read with the extra separators as part of a name or note: %1</source>
        <translation>; mit den überzähligen Trennzeichen als Teil eines Namens oder einer Notiz gelesen: %1</translation>
    </message>
    <message>
        <source>workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>the rows of this workout are not together: read as a second workout with the same key</source>
        <translation>die Zeilen dieses Trainings stehen nicht zusammen: als zweites Training mit demselben Schlüssel gelesen</translation>
    </message>
    <message>
        <source>the workout that starts on line %1 already has %2 sets, the most one workout may have</source>
        <translation>das Training, das in Zeile %1 beginnt, hat bereits %2 Sätze, das Maximum für ein Training</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Athlete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Exercise</source>
        <translation type="unfinished">Übung aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Exercise</source>
        <translation type="unfinished">Übung deaktivieren</translation>
    </message>
    <message>
        <source>Delete Exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no part of a FitnessTrack routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days go between days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises go into a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets go into an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this is not such a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>There is already a body metrics entry on %1: one entry per athlete and day (uq_sbm_subject_day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an athlete runs one open cycle of a routine at a time: cycle %1 of this routine is still open; end it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month of a valid year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 on %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unplanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last time %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  heaviest %1 kg (%2), best e1RM %3 kg (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  did %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TUT %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Working sets %1 of %2 planned, %3 skipped, %4 unplanned; load %5, reps %6; TUT %7 s; tonnage %8 kg
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycles.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, cycle %3: %4 to %5; %6 of %7 days done, %8 missed; working sets %9 of %10
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a session on %2: one session per athlete and day (uq_ws_subject_date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 10</source>
        <translation type="unfinished">muss zwischen 0 und 10 liegen {1 ?}</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished">muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>must refer to an existing planned set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned set belongs to routine day %1, but session %2 follows routine day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 follows no routine day, so it has no planned sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must refer to an existing row of routine_days</source>
        <translation type="unfinished">muss auf eine vorhandene Zeile von routine_days verweisen</translation>
    </message>
    <message>
        <source>the routine day belongs to subject %1, not to subject %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a valid date</source>
        <translation type="unfinished">muss ein gültiges Datum sein</translation>
    </message>
    <message>
        <source>must refer to an existing row of workout_sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set is inserted after a set of the same exercise in the same session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must refer to an existing row of %1</source>
        <translation>muss auf eine vorhandene Zeile von %1 verweisen</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2, not to subject %3</source>
        <translation>%1 gehört zu Subjekt %2, nicht zu Subjekt %3</translation>
    </message>
    <message>
        <source>must be an email address like name@example.com</source>
        <translation>muss eine E-Mail-Adresse wie name@example.com sein</translation>
    </message>
    <message>
        <source>must be from 1900 to %1</source>
        <translation>muss zwischen 1900 und %1 liegen</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a valid date</source>
        <translation>muss ein gültiges Datum sein</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>must not be before started_on (%1)</source>
        <translation>darf nicht vor started_on (%1) liegen</translation>
    </message>
    <message>
        <source>the routine</source>
        <translation>der Trainingsplan</translation>
    </message>
    <message>
        <source>the cycle</source>
        <translation>der Zyklus</translation>
    </message>
    <message>
        <source>must refer to an existing row of routine_days</source>
        <translation>muss auf eine vorhandene Zeile von routine_days verweisen</translation>
    </message>
    <message>
        <source>the routine day belongs to routine %1, but the cycle runs routine %2</source>
        <translation>der Trainingstag gehört zu Trainingsplan %1, der Zyklus folgt aber Trainingsplan %2</translation>
    </message>
    <message>
        <source>must be a valid date and time</source>
        <translation>muss ein gültiges Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Einheit</translation>
    </message>
</context>
<context>
    <name>WeightFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>a weight: number, unit</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">darf nicht leer sein</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished">ist keine Zahl</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutReader</name>
    <message>
        <source>Strong (Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,... or &quot;Workout #&quot;;&quot;Date&quot;;... or Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;...), Hevy (title,start_time,end_time,description,exercise_title,...) and FitNotes (Date,Exercise,Category,Weight (kgs),Reps,...)</source>
        <translation>Strong (Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,... oder &quot;Workout #&quot;;&quot;Date&quot;;... oder Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;...), Hevy (title,start_time,end_time,description,exercise_title,...) und FitNotes (Date,Exercise,Category,Weight (kgs),Reps,...)</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>This is not an export this importer knows: its first line is &quot;%1&quot;. It knows %2.</source>
        <translation>Dieses Exportformat kennt der Import nicht: Die erste Zeile lautet „%1“. Bekannt sind %2.</translation>
    </message>
    <message>
        <source>a known export format</source>
        <translation>ein bekanntes Exportformat</translation>
    </message>
    <message>
        <source>This is not a %1 export: its first line is &quot;%2&quot;.</source>
        <translation>Das ist kein %1-Export: Die erste Zeile lautet „%2“.</translation>
    </message>
    <message>
        <source>It looks like a %1 export.</source>
        <translation>Es sieht nach einem %1-Export aus.</translation>
    </message>
    <message>
        <source>a %1 export</source>
        <translation>ein %1-Export</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Unbekanntes Format.</translation>
    </message>
</context>
<context>
    <name>ft::core::ExerciseNameMatcher</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has no letters or digits the catalog could match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name says only the equipment or the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several exercises fit the name: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise of the catalog has these words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::core::stats</name>
    <message>
        <source>the end must not be before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle or movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; use muscle or movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 needs --exercise SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::core::stats::Report</name>
    <message>
        <source>No data.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::AthleteDialog</name>
    <message>
        <source>Edit Athlete</source>
        <translation>Athlet bearbeiten</translation>
    </message>
    <message>
        <source>New Athlete</source>
        <translation>Neuer Athlet</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>Username, email and full name are personal data: they stay with the user account. Training data refers to a pseudonym.</source>
        <translation>Benutzername, E-Mail-Adresse und vollständiger Name sind personenbezogene Daten: Sie bleiben beim Benutzerkonto. Trainingsdaten verweisen auf ein Pseudonym.</translation>
    </message>
</context>
<context>
    <name>ft::ui::AthleteTableModel</name>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Größe (cm)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>ft::ui::AthletesPage</name>
    <message>
        <source>Search athletes by name, username or email</source>
        <translation>Athleten nach Name, Benutzername oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search athletes</source>
        <translation>Athleten suchen</translation>
    </message>
    <message>
        <source>&amp;New Athlete…</source>
        <translation>&amp;Neuer Athlet…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation>Athleten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No athletes yet&lt;/h3&gt;&lt;p&gt;An athlete is anyone whose training you plan or log: you, or the people you coach.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Athleten&lt;/h3&gt;&lt;p&gt;Ein Athlet ist jeder, dessen Training Sie planen oder protokollieren: Sie selbst oder die Menschen, die Sie trainieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the First Athlete</source>
        <translation>Ersten Athleten anlegen</translation>
    </message>
    <message>
        <source>No athlete matches &quot;%1&quot;.</source>
        <translation>Kein Athlet passt zu „%1“.</translation>
    </message>
    <message>
        <source>Created athlete %1.</source>
        <translation>Athlet %1 angelegt.</translation>
    </message>
    <message>
        <source>Saved athlete %1.</source>
        <translation>Athlet %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Athlete</source>
        <translation>Athlet löschen</translation>
    </message>
    <message>
        <source>Deleted athlete %1.</source>
        <translation>Athlet %1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded for them?

This removes the user account, the profile, %2 routine(s), %3 cycle(s), %4 workout session(s), %5 logged set(s) and %6 body measurement(s). Edit → Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::BodyMetricsModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::BodyMetricsPage</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished">muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;fat (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resting HR (bpm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Body Metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Body Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the body metrics of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Body Metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the body metrics of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Metrics</source>
        <translation type="unfinished">Körpermaße</translation>
    </message>
</context>
<context>
    <name>ft::ui::CoachOverviewModel</name>
    <message>
        <source>no change known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1, e1RM over %2 weeks: best of the first third %3, of the last third %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished">Athlet</translation>
    </message>
    <message>
        <source>Last
session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records
30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the three lifts with the most working sets in the last %1 weeks, and its e1RM change: the best of the last third minus the best of the first third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last weight measured in the last %1 weeks minus the first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ComparisonDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: at most %2 fit on one chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ft::ui::CopyToAthletesDialog</name>
    <message>
        <source>Copy Routine to Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athletes to copy the routine to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each athlete checked gets an independent copy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::CycleListModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::DatabaseActions</name>
    <message>
        <source>The exercise catalog could not be installed: %1</source>
        <translation type="unfinished">Der Übungskatalog konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished">Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>

%1 stays open.</source>
        <translation type="unfinished">

%1 bleibt geöffnet.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished">Neue Datenbank</translation>
    </message>
    <message>
        <source>FitnessTrack databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished">FitnessTrack-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation type="unfinished">%1 existiert bereits. Öffnen Sie die Datei mit „Datenbank öffnen“.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished">Datenbank öffnen</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished">Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Import Exercises</source>
        <translation type="unfinished">Übungen importieren</translation>
    </message>
    <message>
        <source>free-exercise-db exercises (*.json);;All files (*)</source>
        <translation type="unfinished">free-exercise-db-Übungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished">Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Imported %1 exercise(s) from %2.</source>
        <translation type="unfinished">Aus %2 importierte Übungen: %1.</translation>
    </message>
    <message>
        <source>Import Workouts</source>
        <translation type="unfinished">Trainings importieren</translation>
    </message>
    <message>
        <source>Workouts are imported into one athlete, and there is none yet. Add the athlete on the Athletes page first.</source>
        <translation type="unfinished">Trainings werden für einen Athleten importiert, und es gibt noch keinen. Legen Sie zuerst auf der Seite „Athleten“ einen an.</translation>
    </message>
    <message>
        <source>Imported %1 sets in %2 workouts into %3, with %4 new exercises.

File → Import History can undo this import as a whole.</source>
        <translation type="unfinished">Für %3 importiert – Sätze: %1, Trainings: %2, neue Übungen: %4.

Über Datei → Importverlauf lässt sich dieser Import als Ganzes rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing new was imported: every set of the file is in the database already.</source>
        <translation type="unfinished">Nichts Neues importiert: Alle Sätze der Datei sind bereits in der Datenbank.</translation>
    </message>
    <message>
        <source>Imported %1 sets from %2.</source>
        <translation type="unfinished">Aus %2 importierte Sätze: %1.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished">Datenbank sichern</translation>
    </message>
    <message>
        <source>A PostgreSQL server is backed up on the server (pg_dump). File → Export writes all of its data as JSON.</source>
        <translation type="unfinished">Ein PostgreSQL-Server wird auf dem Server gesichert (pg_dump). Datei → Exportieren schreibt alle seine Daten als JSON.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished">SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No backup was written.

%1</source>
        <translation type="unfinished">Es wurde keine Sicherung geschrieben.

%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished">Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Copy Database to Server</source>
        <translation type="unfinished">Datenbank auf Server kopieren</translation>
    </message>
    <message>
        <source>Copy Database</source>
        <translation type="unfinished">Datenbank kopieren</translation>
    </message>
    <message>
        <source>Nothing was copied.

%1</source>
        <translation type="unfinished">Es wurde nichts kopiert.

%1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 is as it was.

%2</source>
        <translation type="unfinished">Es wurde nichts kopiert: %1 ist unverändert.

%2</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2.</source>
        <translation type="unfinished">%1 Zeilen nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2; every table&apos;s count matches.

Work on the copy from now on?</source>
        <translation type="unfinished">%1 Zeilen nach %2 kopiert; die Zeilenzahl jeder Tabelle stimmt überein.

Ab jetzt mit der Kopie arbeiten?</translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation type="unfinished">Import rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ft::ui::ExerciseChoiceDelegate</name>
    <message>
        <source>Import as exercise</source>
        <translation>Als Übung importieren</translation>
    </message>
    <message>
        <source>New exercise “%1”</source>
        <translation>Neue Übung „%1“</translation>
    </message>
</context>
<context>
    <name>ft::ui::ExerciseEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>made from the name when empty</source>
        <translation>automatisch aus dem Namen</translation>
    </message>
    <message>
        <source>The exercise&apos;s stable identifier in files and links: lower-case letters and digits joined by dashes, like barbell-bench-press.</source>
        <translation>Die feste Kennung der Übung in Dateien und Links: Kleinbuchstaben und Ziffern, durch Bindestriche verbunden, etwa barbell-bench-press.</translation>
    </message>
    <message>
        <source>Other names, one per line (the names other apps use)</source>
        <translation>Andere Namen, einer pro Zeile (die Namen anderer Apps)</translation>
    </message>
    <message>
        <source>Other names of this exercise, one per line. Search and imports match them.</source>
        <translation>Andere Namen dieser Übung, einer pro Zeile. Suche und Importe berücksichtigen sie.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. push, upper</source>
        <translation>z. B. Drücken, Oberkörper</translation>
    </message>
    <message>
        <source>Muscles that also work. Check or uncheck with the space bar.</source>
        <translation>Muskeln, die mitarbeiten. Mit der Leertaste an- oder abwählen.</translation>
    </message>
    <message>
        <source>One side at a time (unilateral)</source>
        <translation>Jeweils eine Seite (unilateral)</translation>
    </message>
    <message>
        <source>e.g. pronated, shoulder width</source>
        <translation>z. B. Obergriff, schulterbreit</translation>
    </message>
    <message>
        <source>e.g. bar from lockout to lower chest</source>
        <translation>z. B. Stange von gestreckten Armen bis zur unteren Brust</translation>
    </message>
    <message>
        <source>Short coaching cues</source>
        <translation>Kurze Technikhinweise</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Active: offered when choosing exercises</source>
        <translation>Aktiv: wird bei der Übungsauswahl angeboten</translation>
    </message>
    <message>
        <source>An inactive exercise keeps its history but is hidden when routines and logs offer exercises.</source>
        <translation>Eine inaktive Übung behält ihren Verlauf, wird aber in Trainingsplänen und Protokollen nicht mehr zur Auswahl angeboten.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Auch bekannt als:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>&amp;Primary muscle:</source>
        <translation>&amp;Primärmuskel:</translation>
    </message>
    <message>
        <source>Secondary muscles:</source>
        <translation>Sekundärmuskeln:</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <source>Mechanics:</source>
        <translation>Mechanik:</translation>
    </message>
    <message>
        <source>Force:</source>
        <translation>Kraftrichtung:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Ausrüstung:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Grip:</source>
        <translation>Griff:</translation>
    </message>
    <message>
        <source>Range of motion:</source>
        <translation>Bewegungsumfang:</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Video URL:</source>
        <translation>Video-URL:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changes to this exercise (Ctrl+S)</source>
        <translation>Änderungen an dieser Übung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <source>Undo the unsaved changes to this exercise</source>
        <translation>Nicht gespeicherte Änderungen an dieser Übung verwerfen</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>No exercise selected</source>
        <translation>Keine Übung ausgewählt</translation>
    </message>
    <message>
        <source>Select an exercise in the list to see and edit it, or create one with New Exercise.</source>
        <translation>Wählen Sie eine Übung in der Liste aus, um sie anzusehen und zu bearbeiten, oder legen Sie mit „Neue Übung“ eine an.</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Not saved yet. A name, the primary muscle, movement, mechanics, force and equipment are required.</source>
        <translation>Noch nicht gespeichert. Name, Primärmuskel, Bewegung, Mechanik, Kraftrichtung und Ausrüstung sind erforderlich.</translation>
    </message>
    <message>
        <source>Logged sets: %1. It can be deactivated but not deleted.</source>
        <translation>Erfasste Sätze: %1. Die Übung kann deaktiviert, aber nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Inactive: not offered when choosing exercises; its history (logged sets: %1) is kept.</source>
        <translation>Inaktiv: wird bei der Übungsauswahl nicht angeboten; ihr Verlauf (erfasste Sätze: %1) bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not logged yet.</source>
        <translation>Noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Inactive: not offered when choosing exercises.</source>
        <translation>Inaktiv: wird bei der Übungsauswahl nicht angeboten.</translation>
    </message>
    <message>
        <source>This is the primary muscle.</source>
        <translation>Das ist der Primärmuskel.</translation>
    </message>
</context>
<context>
    <name>ft::ui::ExerciseFilterProxy</name>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation>Mechanik</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Kraftrichtung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (primary only)</source>
        <translation> (nur primär)</translation>
    </message>
    <message>
        <source> (primary or secondary)</source>
        <translation> (primär oder sekundär)</translation>
    </message>
    <message>
        <source>Show: inactive only</source>
        <translation>Anzeigen: nur inaktive</translation>
    </message>
    <message>
        <source>Show: active and inactive</source>
        <translation>Anzeigen: aktive und inaktive</translation>
    </message>
</context>
<context>
    <name>ft::ui::ExercisePicker</name>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished">Übungen suchen</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ExerciseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Primary muscle</source>
        <translation>Primärmuskel</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation>Mechanik</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Kraftrichtung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <source>Inactive: hidden when choosing exercises; its history is kept.</source>
        <translation>Inaktiv: bei der Übungsauswahl ausgeblendet; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ft::ui::ExercisesPage</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Search exercises by name or alias (Ctrl+F)</source>
        <translation>Übungen nach Name oder Alias suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>&amp;New Exercise</source>
        <translation>&amp;Neue Übung</translation>
    </message>
    <message>
        <source>Create an exercise (Ctrl+N)</source>
        <translation>Eine Übung anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Muscle filter</source>
        <translation>Muskelfilter</translation>
    </message>
    <message>
        <source>Shows the exercises that work this muscle, as their primary muscle or as a secondary one. Check “Primary only” to leave out the secondary ones.</source>
        <translation>Zeigt die Übungen, die diesen Muskel trainieren, als Primär- oder als Sekundärmuskel. Aktivieren Sie „Nur primär“, um die sekundären auszulassen.</translation>
    </message>
    <message>
        <source>Primar&amp;y only</source>
        <translation>Nur pr&amp;imär</translation>
    </message>
    <message>
        <source>Match the muscle filter against the primary muscle only.</source>
        <translation>Den Muskelfilter nur auf den Primärmuskel anwenden.</translation>
    </message>
    <message>
        <source>Equipment filter</source>
        <translation>Ausrüstungsfilter</translation>
    </message>
    <message>
        <source>Mechanics filter</source>
        <translation>Mechanikfilter</translation>
    </message>
    <message>
        <source>Force filter</source>
        <translation>Kraftrichtungsfilter</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Niveaufilter</translation>
    </message>
    <message>
        <source>Movement filter</source>
        <translation>Bewegungsfilter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Show active or inactive exercises</source>
        <translation>Aktive oder inaktive Übungen anzeigen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktive</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Inactive exercises keep their history but are not offered when choosing exercises.</source>
        <translation>Inaktive Übungen behalten ihren Verlauf, werden aber bei der Übungsauswahl nicht angeboten.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Muskel:</translation>
    </message>
    <message>
        <source>E&amp;quipment:</source>
        <translation>Aus&amp;rüstung:</translation>
    </message>
    <message>
        <source>Me&amp;chanics:</source>
        <translation>Me&amp;chanik:</translation>
    </message>
    <message>
        <source>F&amp;orce:</source>
        <translation>&amp;Kraft:</translation>
    </message>
    <message>
        <source>Movemen&amp;t:</source>
        <translation>Be&amp;wegung:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Niv&amp;eau:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Schla&amp;gwort:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns of the table</source>
        <translation>Spalten der Tabelle auswählen</translation>
    </message>
    <message>
        <source>Create an Exercise</source>
        <translation>Übung anlegen</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy this exercise to edit it into a variation</source>
        <translation>Diese Übung kopieren, um daraus eine Variante zu machen</translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Delete Exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Cannot Load Exercises</source>
        <translation>Übungen können nicht geladen werden</translation>
    </message>
    <message>
        <source>the new exercise</source>
        <translation>der neuen Übung</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Fill in the new exercise, then save it.</source>
        <translation>Füllen Sie die neue Übung aus und speichern Sie sie dann.</translation>
    </message>
    <message>
        <source>Not saved: the exercise pane says why.</source>
        <translation>Nicht gespeichert: Der Grund steht im Übungsbereich.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The search and filters were cleared to show the exercise.</source>
        <translation>Suche und Filter wurden zurückgesetzt, um die Übung anzuzeigen.</translation>
    </message>
    <message>
        <source>Duplicate Exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Created %1: rename it and change what differs, then save.</source>
        <translation>%1 angelegt: Umbenennen, Abweichendes ändern, dann speichern.</translation>
    </message>
    <message>
        <source>Activate Exercise</source>
        <translation>Übung aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Exercise</source>
        <translation>Übung deaktivieren</translation>
    </message>
    <message>
        <source>Activated %1: it is offered again when choosing exercises.</source>
        <translation>%1 aktiviert: Die Übung wird bei der Übungsauswahl wieder angeboten.</translation>
    </message>
    <message>
        <source>Deactivated %1: it keeps its history and is no longer offered when choosing exercises (Show: Inactive lists it).</source>
        <translation>%1 deaktiviert: Die Übung behält ihren Verlauf und wird bei der Übungsauswahl nicht mehr angeboten („Anzeigen: Inaktive“ listet sie auf).</translation>
    </message>
    <message>
        <source>Deactivate %1 instead?</source>
        <translation>Stattdessen %1 deaktivieren?</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 ist bereits inaktiv.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it has training history (logged sets: %2), and deleting it would erase that history. A deactivated exercise keeps its history and is no longer offered when choosing exercises.</source>
        <translation>%1 kann nicht gelöscht werden: Die Übung hat einen Trainingsverlauf (erfasste Sätze: %2), und das Löschen würde ihn entfernen. Eine deaktivierte Übung behält ihren Verlauf und wird bei der Übungsauswahl nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Act&amp;ivate</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Hide this exercise when choosing exercises; its history stays</source>
        <translation>Diese Übung bei der Übungsauswahl ausblenden; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Offer this exercise again when choosing exercises</source>
        <translation>Diese Übung bei der Übungsauswahl wieder anbieten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exercises</source>
        <translation>
            <numerusform>%1 von %n Übung</numerusform>
            <numerusform>%1 von %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exercises yet&lt;/h3&gt;&lt;p&gt;The catalog of this database is empty. Create exercises one by one, or import a catalog with &lt;i&gt;fitnesstrack-cli catalog import&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Übungen&lt;/h3&gt;&lt;p&gt;Der Katalog dieser Datenbank ist leer. Legen Sie Übungen einzeln an oder importieren Sie einen Katalog mit &lt;i&gt;fitnesstrack-cli catalog import&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No database is open&lt;/h3&gt;&lt;p&gt;Open or create a database in the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Datenbank geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen oder erstellen Sie eine Datenbank im Menü „Datei“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exercise matches %1 with these filters&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Übung passt mit diesen Filtern zu %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exercise matches %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Übung passt zu %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exercise passes these filters&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Übung entspricht diesen Filtern&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without the filters, %1 would match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ohne die Filter gäbe es %1 Treffer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Names and aliases are searched, ignoring case and accents. Check the spelling, try fewer letters, or clear the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gesucht wird in Namen und Aliasen, ohne Beachtung von Groß-/Kleinschreibung und Akzenten. Prüfen Sie die Schreibweise, versuchen Sie es mit weniger Buchstaben oder setzen Sie die Suche zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its aliases, tags and secondary muscles? Routines that plan it lose it too. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The &amp;athlete %1</source>
        <translation>&amp;Athlet %1</translation>
    </message>
    <message>
        <source>The &amp;athlete</source>
        <translation>Der &amp;Athlet</translation>
    </message>
    <message>
        <source>The &amp;whole database (every athlete, the catalog)</source>
        <translation>Die &amp;ganze Datenbank (alle Athleten, der Katalog)</translation>
    </message>
    <message>
        <source>&amp;JSON: everything, can be imported again</source>
        <translation>&amp;JSON: alles, kann wieder importiert werden</translation>
    </message>
    <message>
        <source>&amp;CSV: one line per logged set, for a spreadsheet</source>
        <translation>&amp;CSV: eine Zeile pro erfasstem Satz, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>File: name the file to write.</source>
        <translation>Datei: Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ft::ui::HistoryPage</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Ausstehend</translation>
    </message>
    <message>
        <source>Missed planned day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backfill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Start Cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 pending, %4 missed planned days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill a Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session on %1: open it to add sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 and its sets move to another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Session to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the session of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 with its %n logged set(s)?

Edit → Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This athlete has no routine yet: create one on the Routines page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Cycle of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a cycle of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cycle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportBatchModel</name>
    <message>
        <source>Athlete %1</source>
        <translation>Athlet %1</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>In der Datenbank</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>New exercises</source>
        <translation>Neue Übungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Workout imports</source>
        <translation>Trainingsimporte</translation>
    </message>
    <message>
        <source>No workouts have been imported into this database.</source>
        <translation>In diese Datenbank wurden noch keine Trainings importiert.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Remove the sets, sessions and new exercises this import added.</source>
        <translation>Die Sätze, Einheiten und neuen Übungen entfernen, die dieser Import hinzugefügt hat.</translation>
    </message>
    <message>
        <source>The import history cannot be read: %1</source>
        <translation>Der Importverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>The import stays as it was.

%1</source>
        <translation>Der Import bleibt unverändert.

%1</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2?

This removes the %3 sets it added, the sessions it created and the exercises it created that nothing else uses. Sets logged since in those sessions stay, and so do the sessions that hold them. Edit → Undo brings the import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportIssuesModel</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This row is not imported.</source>
        <translation>Diese Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <source>Imported as it is; the value looks unlikely.</source>
        <translation>Unverändert importiert; der Wert wirkt unwahrscheinlich.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportMappingModel</name>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>As last time</source>
        <translation>Wie beim letzten Mal</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Name and equipment</source>
        <translation>Name und Ausrüstung</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>New exercise “%1”</source>
        <translation>Neue Übung „%1“</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>Created as %1, %2, %3. Double-click to pick an existing exercise instead.</source>
        <translation>Wird angelegt als %1, %2, %3. Doppelklicken, um stattdessen eine vorhandene Übung zu wählen.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to pick another exercise.</source>
        <translation>Doppelklicken oder F2 drücken, um eine andere Übung zu wählen.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>Same name, written differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same words, other order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>No exercise taken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 to import the name as that exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportWorkoutsDialog</name>
    <message>
        <source>Import Workouts</source>
        <translation>Trainings importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <source>Strong, Hevy and FitNotes exports (CSV) are read. Nothing is written before the last step.</source>
        <translation>Gelesen werden Exporte von Strong, Hevy und FitNotes (CSV). Vor dem letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Pfad der CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Kilograms</source>
        <translation>Kilogramm</translation>
    </message>
    <message>
        <source>Pounds</source>
        <translation>Pfund</translation>
    </message>
    <message>
        <source>Strong&apos;s comma-separated export does not say its unit. Files that do say it are read in their own unit.</source>
        <translation>Der kommagetrennte Export von Strong nennt seine Einheit nicht. Dateien, die sie nennen, werden in ihrer eigenen Einheit gelesen.</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Aus der Datei ermitteln</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Tag zuerst (03/04 ist der 3. April)</translation>
    </message>
    <message>
        <source>Month first (03/04 is March 4)</source>
        <translation>Monat zuerst (03/04 ist der 4. März)</translation>
    </message>
    <message>
        <source>The exports write local wall-clock times: the zone they were recorded in decides each session&apos;s day.</source>
        <translation>Die Exporte enthalten lokale Uhrzeiten: Die Zeitzone der Aufzeichnung bestimmt den Tag jeder Einheit.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation>&amp;Athlet:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Weights without a unit:</source>
        <translation>&amp;Gewichte ohne Einheit:</translation>
    </message>
    <message>
        <source>&amp;Dates such as 03/04:</source>
        <translation>Datu&amp;msangaben wie 03/04:</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>Zei&amp;tzone der Uhrzeiten:</translation>
    </message>
    <message>
        <source>Check the exercises</source>
        <translation>Übungen prüfen</translation>
    </message>
    <message>
        <source>Exercises of the file</source>
        <translation>Übungen der Datei</translation>
    </message>
    <message>
        <source>Create New E&amp;xercise</source>
        <translation>Neue Übung &amp;anlegen</translation>
    </message>
    <message>
        <source>Import the selected name as a new exercise of its own.</source>
        <translation>Den ausgewählten Namen als eigene neue Übung importieren.</translation>
    </message>
    <message>
        <source>&amp;Reset to the Match</source>
        <translation>Auf &amp;Vorschlag zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the choice for the selected name.</source>
        <translation>Die Auswahl für den ausgewählten Namen verwerfen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>This is what the import writes, all in one step. Rows listed as skipped are left out; values to check are imported as they are.</source>
        <translation>Das schreibt der Import, alles in einem Schritt. Als verworfen aufgeführte Zeilen werden nicht importiert; zu prüfende Werte werden unverändert importiert.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Skipped rows and values to check</source>
        <translation>Verworfene Zeilen und zu prüfende Werte</translation>
    </message>
    <message>
        <source>Workout exports (*.csv *.txt);;All files (*)</source>
        <translation>Trainingsexporte (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not a Strong, Hevy or FitNotes export.</source>
        <translation>Kein Export von Strong, Hevy oder FitNotes.</translation>
    </message>
    <message>
        <source>A %1 export (%2).</source>
        <translation>Ein %1-Export (%2).</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone; pick one from the list, such as Europe/Berlin or UTC.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone; wählen Sie eine aus der Liste, etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>Athlete: there is none yet. Add the athlete the workouts belong to first.</source>
        <translation>Athlet: Es gibt noch keinen. Legen Sie zuerst den Athleten an, zu dem die Trainings gehören.</translation>
    </message>
    <message>
        <source>File: “%1” does not exist or is not a file.</source>
        <translation>Datei: „%1“ existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>This file was imported before (import %1). Only what is not in the database yet is added.</source>
        <translation>Diese Datei wurde bereits importiert (Import %1). Nur was noch nicht in der Datenbank ist, wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Workouts: %1, from %2 to %3</source>
        <translation>Trainings: %1, vom %2 bis %3</translation>
    </message>
    <message>
        <source>Workouts: %1</source>
        <translation>Trainings: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1; values to check: %2</source>
        <translation>Verworfene Zeilen: %1; zu prüfende Werte: %2</translation>
    </message>
    <message>
        <source>The list shows the first %1 of each.</source>
        <translation>Die Liste zeigt jeweils die ersten %1.</translation>
    </message>
    <message>
        <source>Nothing to import: every set of this file is in the database already.</source>
        <translation>Nichts zu importieren: Alle Sätze dieser Datei sind bereits in der Datenbank.</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Each exercise name of the file and what it becomes. Double-click “Imported as” (or press F2) to pick another exercise or a new one; for a name without a match, press 1, 2 or 3 to take one of the closest exercises. Your choices are remembered for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets: %1 to import, %2 already in the database; new exercises: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ImportWorkoutsModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped or values to check on lines %1 to %2: see the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises this import creates; pick existing ones on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished">Übungen</translation>
    </message>
    <message>
        <source>New exercises</source>
        <translation type="unfinished">Neue Übungen</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>No athlete</source>
        <translation>Kein Athlet</translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation>A&amp;thlet:</translation>
    </message>
    <message>
        <source>Current athlete</source>
        <translation>Aktueller Athlet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Choose &amp;Athlete</source>
        <translation>&amp;Athlet wählen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FitnessTrack</source>
        <translation>&amp;Über FitnessTrack</translation>
    </message>
    <message>
        <source>About FitnessTrack</source>
        <translation>Über FitnessTrack</translation>
    </message>
    <message>
        <source>FitnessTrack %1
Plan strength training, log it, see the progress.</source>
        <translation>FitnessTrack %1
Krafttraining planen, protokollieren und Fortschritte verfolgen.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>FitnessTrack</source>
        <translation>FitnessTrack</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 — FitnessTrack</source>
        <translation>%1 — FitnessTrack</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Import Exercises (free-exercise-db JSON)…</source>
        <translation>Übungen &amp;importieren (free-exercise-db JSON)…</translation>
    </message>
    <message>
        <source>Import &amp;Workouts (Strong, Hevy, FitNotes)…</source>
        <translation>&amp;Trainings importieren (Strong, Hevy, FitNotes)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Copy Database to &amp;Server…</source>
        <translation>Datenbank auf Server &amp;kopieren…</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Routine (Text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;database opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::PreferencesDialog</name>
    <message>
        <source>Epley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brzycki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lombardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayhew et al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&apos;Conner et al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wathan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE chart (reps and RPE of the set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights are shown and typed. They are stored in kilograms; imports and exports keep their own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets with more reps than this give no estimated 1RM: the formulas lose their accuracy beyond a few reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard sets per muscle and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly set target, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly set target, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low end of the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High end of the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated one-rep max (e1RM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM rep cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps at most:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ProfileFields</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished">Nicht angegeben</translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"> cm</translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished">rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished">links</translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished">beide</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished">&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished">Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished">&amp;Körpergröße:</translation>
    </message>
    <message>
        <source>&amp;Dominant hand:</source>
        <translation type="unfinished">&amp;Dominante Hand:</translation>
    </message>
</context>
<context>
    <name>ft::ui::ProgressPage</name>
    <message>
        <source>Heaviest load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best e1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best set volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Working sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished">Übungen</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished">Muskel</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;e1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets logged yet. Log a session, or generate a demo history with fitnesstrack-cli, and the figures appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets per muscle this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athlete is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a&amp;thletes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three other athletes&apos; e1RM of this exercise beside this athlete&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;lifts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three other exercises of this athlete on the same chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep maxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tonnage per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets per muscle and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets per muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation type="unfinished">&amp;Muskel:</translation>
    </message>
    <message>
        <source>week,muscle,sets,tonnage_kg,training_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working sets in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sets and tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body metrics measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athletes whose e1RM of %1 is drawn beside this athlete&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Lifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises whose e1RM is drawn beside %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1
%2: e1RM %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no sets in this range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures up to %1. The lifts are each athlete&apos;s three most trained of the last %2 weeks, with their e1RM change and weekly best. Enter or a double-click opens the athlete&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> @ RPE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: 7-day average %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body weight measured in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifts with a load in the last 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, e1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: e1RM %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets logged yet for this athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets logged yet for this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets of this exercise in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: e1RM record %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, estimated 1RM (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1–%2 sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Fortschritt</translation>
    </message>
</context>
<context>
    <name>ft::ui::RestTimer</name>
    <message>
        <source>−15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest 15 seconds shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest 15 seconds shorter (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest 15 seconds longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest 15 seconds longer (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitnessTrack</source>
        <translation type="unfinished">FitnessTrack</translation>
    </message>
    <message>
        <source>Rest over: time for the next set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::RoutineItemDelegate</name>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::RoutineListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished">Inaktive</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::RoutineTreeModel</name>
    <message>
        <source>Days, their exercises and the planned sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up set: not counted as a working set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target load in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target repetitions in reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rate of perceived exertion, 1 to 10 in steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eccentric, pause, concentric, pause in seconds (X: explosive), e.g. 3-1-X-0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after the set, m:ss or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rest day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 to change the day&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1: %2 {1.?}</translation>
    </message>
    <message>
        <source>Double-click or F2 to choose another exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Day Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Exercise Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished">Trainingspläne</translation>
    </message>
    <message>
        <source>&amp;New Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished">D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to &amp;Athletes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An independent copy of this routine for each athlete you pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sets per muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sets per movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sets &amp;Like This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to &amp;All Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Start Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Routine from Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per week&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add an athlete to plan their routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine yet. Create one with “New Routine…”, or import one written as text (More → Import Routine from Text…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add days to see the weekly sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a pass: %1 passes a week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine “%1” with its %2 day(s), %3 planned set(s) and %4 cycle(s)?

Logged sets stay in the training log (they lose their link to the plan). Edit → Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy Routine to %n Athlete(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied to %n athlete(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sets Like This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sets to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply %1 to All Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds neither part of a routine nor text to read as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is not a routine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds something this page cannot paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise or a set to paste sets at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day to paste exercises into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Routine from Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the athlete&apos;s name? “No” prints their pseudonym only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::Session</name>
    <message>
        <source>The athletes could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An athlete could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::SessionListModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine · Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::SessionSetDelegate</name>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::SessionSheetModel</name>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned set not logged yet can be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exercise to add a set to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned set not logged yet can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a logged set can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TUT %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned sets done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unplanned set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unplanned sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished">Verworfen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>What the plan asks for this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions in reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of perceived exertion, 1 to 10 in steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eccentric, pause, concentric, pause in seconds (X: explosive), e.g. 3-1-X-0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest before this set, as m:ss or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::TimeChartView</name>
    <message>
        <source>date,series,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ft::ui::TrainingPage</name>
    <message>
        <source>&amp;Start Today&apos;s Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine to start a cycle of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a cycle of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ree Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open/Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or backfill the session of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived fatigue, 1 (fresh) to 10 (exhausted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nish Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat&amp;igue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add an athlete to log training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Today&apos;s Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle is running: start a cycle of a routine, or a free session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine yet: plan one on the Routines page, or start a free session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 · cycle %2 · %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Ausstehend</translation>
    </message>
    <message>
        <source>Planned working sets %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned sets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise (%1) to log its first set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to see what you did last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never done before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (warm-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best e1RM: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Today&apos;s Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today already has a session: it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every planned set is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Log</source>
        <translation type="unfinished">Trainingsprotokoll</translation>
    </message>
</context>
<context>
    <name>ft::ui::WeeklySummaryModel</name>
    <message>
        <source>%1 ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets a week, below the target of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets a week, above the target of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets a week, within the target of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets a week (warm-ups left out); a secondary muscle counts half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished">Muskel</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished">Bewegung</translation>
    </message>
    <message>
        <source>Sets/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days/week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitnessTrack: plan and log strength training.</source>
        <translation>FitnessTrack: Krafttraining planen und protokollieren.</translation>
    </message>
    <message>
        <source>Open this database: a file path, sqlite:PATH or postgresql://user@host[:port]/dbname.</source>
        <translation>Diese Datenbank öffnen: ein Dateipfad, sqlite:PFAD oder postgresql://user@host[:port]/dbname.</translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation>Eine zu öffnende Datenbankdatei.</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>Unknown e1RM formula &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
