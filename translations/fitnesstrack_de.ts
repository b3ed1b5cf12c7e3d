<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Athletes</name>
    <message>
        <source>Anonymous %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athlete with username or pseudonym &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name an existing athlete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>appears more than once (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty (ck_exercises_slug_not_empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters a-z and digits in groups joined by single dashes, like &quot;barbell-bench-press&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already the primary muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with catalog_version and exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog_version must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercises must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to catalog_version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is also the slug of exercises[%1] (uq_exercises_slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is also the name of exercises[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The exercise catalog has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled exercise catalog %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; the exercise catalog was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exercise catalog version %1: %n exercise(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted earlier and not restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the catalog version must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The slug &quot;%1&quot; is already used by the exercise &quot;%2&quot;; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2 (&quot;%3&quot;): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n logged set(s) refer to it, and deleting it would erase that training history. Deactivate it instead: it no longer appears when choosing exercises, and its history stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Constraints</name>
    <message>
        <source>must refer to an existing row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each email belongs to one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each username belongs to one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user is linked to at most one subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each pseudonym identifies one subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subject has at most one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one body measurement per subject and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each slug names one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has each alias once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each tag name exists once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has each tag once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise lists each secondary muscle once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine names are unique per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day numbers are unique within a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions are unique within a routine day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set numbers are unique within a planned exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle numbers are unique within a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one workout session per subject and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one logged set per subject, exercise, time and set number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password for user %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a password and none was given (put it in the URL or in PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1:%2 cannot be reached (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FitnessTrack database: it has tables (%2) but no schema_migrations. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; already exists: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of the enum&apos;s values (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 still refer to it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds a lock on it; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <source>Backend:        %1
Location:       %2
Schema version: %3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing (postgresql://user@host[:port]/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is missing (postgresql://user@host[:port]/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host[:port]/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme; use a file path, sqlite:PATH or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite file path is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>demo: a row written to %1 did not come back from RETURNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has demo athletes (%2 among them); nothing was written. Use an empty database for the demo, or delete those athletes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo usernames athlete0001 to athlete%1 must be free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the number of athletes must be from 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the number of years must be from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the end date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: writing %1 failed (%2 athletes before it were kept): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athlete %1/%2 %3: %4 routines, %5 sessions (%6 missed), %7 set logs in %8 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeExerciseDb</name>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain only texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER: no pattern recognised in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPOUND when more than one muscle group works, else ISOLATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the movement pattern: PUSH, PULL, or STATIC (stretches, carries, bracing, unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte offset %4). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a free-exercise-db exercise list: it must be an array of exercises ([{&quot;name&quot;: …}, …]), and it is an object. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises in the file: %2 added, %3 skipped (already present).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value was mapped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that could not be mapped directly:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 = %2 (%3×) → %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This build has no schema for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer FitnessTrack (schema version %2; this version understands up to %3). It was left untouched: update FitnessTrack to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its schema upgraded from version %2 to %3, but it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the embedded migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than %1 in magnitude (numeric(%2,%3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no row with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must refer to an existing row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to subject %2, not to subject %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an email address like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1900 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before started_on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must refer to an existing row of routine_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine day belongs to routine %1, but the cycle runs routine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::AthleteDialog</name>
    <message>
        <source>Edit Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dominant hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username, email and full name are personal data: they stay with the user account. Training data refers to a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::AthleteTableModel</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::AthletesPage</name>
    <message>
        <source>Search athletes by name, username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No athletes yet&lt;/h3&gt;&lt;p&gt;An athlete is anyone whose training you plan or log: you, or the people you coach.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the First Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athlete matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created athlete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved athlete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded for them?

This removes the user account, the profile, %2 routine(s), %3 cycle(s), %4 workout session(s), %5 logged set(s) and %6 body measurement(s). It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted athlete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise catalog: search, filter and edit exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routines here: days, exercises and planned sets with load, reps, RIR or RPE, tempo and rest. The routine editor comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log sessions set by set against the plan. Until the log editor arrives, history can be generated with fitnesstrack-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of estimated 1RM, records and weekly volume per muscle will appear here once sessions are logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight, body fat and resting heart rate over time will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FitnessTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FitnessTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitnessTrack %1
Plan strength training, log it, see the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

%1 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Load Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitnessTrack databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FitnessTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — FitnessTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::PlaceholderPage</name>
    <message>
        <source>No athlete is selected: pick one in the Athlete box above, or create one on the Athletes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current athlete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FitnessTrack: plan and log strength training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database: a file path, sqlite:PATH or postgresql://user@host[:port]/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
