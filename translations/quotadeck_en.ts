<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="81"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1 (%n attempt): %2</numerusform>
            <numerusform>%1 (%n attempts): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <location filename="../models/analytics/Figures.cpp" line="85"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommands.cpp" line="206"/>
        <source>imported %n key(s)</source>
        <translation>
            <numerusform>imported %n key</numerusform>
            <numerusform>imported %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommands.cpp" line="206"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n line rejected</numerusform>
            <numerusform>%n lines rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="120"/>
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>refreshed %n key in %1 s</numerusform>
            <numerusform>refreshed %n keys in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="147"/>
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>refresh interrupted; the %n answer that had arrived was saved</numerusform>
            <numerusform>refresh interrupted; the %n answers that had arrived were saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/TeamCommands.cpp" line="135"/>
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>team store ready at %1: %n key re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</numerusform>
            <numerusform>team store ready at %1: %n keys re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TeamCommands.cpp" line="282"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
