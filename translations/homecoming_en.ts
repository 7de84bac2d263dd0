<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hc::AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::AuditPage</name>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CallsPage</name>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CaseRisk</name>
    <message numerus="yes">
        <source>A child: %n year(s) old when last seen.</source>
        <translation>
            <numerusform>A child: %n year old when last seen.</numerusform>
            <numerusform>A child: %n years old when last seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Elderly: %n year(s) old when last seen.</source>
        <translation>
            <numerusform>Elderly: %n year old when last seen.</numerusform>
            <numerusform>Elderly: %n years old when last seen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CrimesPage</name>
    <message numerus="yes">
        <source>%Ln crime(s)</source>
        <translation>
            <numerusform>%Ln crime</numerusform>
            <numerusform>%Ln crimes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n crime(s) to %1.</source>
        <translation>
            <numerusform>Exported %n crime to %1.</numerusform>
            <numerusform>Exported %n crimes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::DrillDownDialog</name>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln shown; narrow the filter to see the rest.</source>
        <translation>
            <numerusform>%1, %Ln shown; narrow the filter to see the rest.</numerusform>
            <numerusform>%1, %Ln shown; narrow the filter to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::DuplicatesPage</name>
    <message numerus="yes">
        <source>%n pair(s) scoring under %1 not listed.</source>
        <translation>
            <numerusform>%n pair scoring under %1 not listed.</numerusform>
            <numerusform>%n pairs scoring under %1 not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) found only by other rules not listed.</source>
        <translation>
            <numerusform>%n pair found only by other rules not listed.</numerusform>
            <numerusform>%n pairs found only by other rules not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed pair(s) not shown.</source>
        <translation>
            <numerusform>%n dismissed pair not shown.</numerusform>
            <numerusform>%n dismissed pairs not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s) of the same visit kept once.</source>
        <translation>
            <numerusform>%n screening of the same visit kept once.</numerusform>
            <numerusform>%n screenings of the same visit kept once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::EntityDirectory</name>
    <message numerus="yes">
        <source>A phone number has 7 to 20 digits; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>A phone number has 7 to 20 digits; &quot;%1&quot; has %n.</numerusform>
            <numerusform>A phone number has 7 to 20 digits; &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::HouseholdDetailDialog</name>
    <message numerus="yes">
        <source>Corrected %n time(s)</source>
        <translation>
            <numerusform>Corrected %n time</numerusform>
            <numerusform>Corrected %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::HouseholdsPage</name>
    <message numerus="yes">
        <source>Type at least %n characters to search.</source>
        <translation>
            <numerusform>Type at least %n character to search.</numerusform>
            <numerusform>Type at least %n characters to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n household(s) to %1.</source>
        <translation>
            <numerusform>Exported %n household to %1.</numerusform>
            <numerusform>Exported %n households to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportDialog</name>
    <message numerus="yes">
        <source>First %n data row(s):</source>
        <translation>
            <numerusform>First %n data row:</numerusform>
            <numerusform>First %n data rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: all %n row(s) accepted.</source>
        <translation>
            <numerusform>Import finished: all %n row accepted.</numerusform>
            <numerusform>Import finished: all %n rows accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished with %n rejected row(s); the other rows were saved.</source>
        <translation>
            <numerusform>Import finished with %n rejected row; the other row were saved.</numerusform>
            <numerusform>Import finished with %n rejected rows; the other rows were saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::LinksPage</name>
    <message numerus="yes">
        <source>Showing the nearest %n entities; the rest are left out.</source>
        <translation>
            <numerusform>Showing the nearest %n entity; the rest are left out.</numerusform>
            <numerusform>Showing the nearest %n entities; the rest are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities shown.</source>
        <translation>
            <numerusform>%n entity shown.</numerusform>
            <numerusform>%n entities shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) hold two cases or more; the first is drawn. Activate a row to draw another.</source>
        <translation>
            <numerusform>%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.</numerusform>
            <numerusform>%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The strongest chain: %n link(s), strength %1 (the product of the confidences).</source>
        <translation>
            <numerusform>The strongest chain: %n link, strength %1 (the product of the confidences).</numerusform>
            <numerusform>The strongest chain: %n links, strength %1 (the product of the confidences).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).</source>
        <translation>
            <numerusform>Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).</numerusform>
            <numerusform>Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything within %n link(s), nearest first.</source>
        <translation>
            <numerusform>Everything within %n link, nearest first.</numerusform>
            <numerusform>Everything within %n links, nearest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster, %n entities.</source>
        <translation>
            <numerusform>The cluster, %n entity.</numerusform>
            <numerusform>The cluster, %n entities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ListPage</name>
    <message numerus="yes">
        <source>%1, %Ln shown</source>
        <translation>
            <numerusform>%1, %Ln shown</numerusform>
            <numerusform>%1, %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MatchCandidatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) ruled out by an investigator.</source>
        <translation>
            <numerusform>%n pair ruled out by an investigator.</numerusform>
            <numerusform>%n pairs ruled out by an investigator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MissingFoundMatcher</name>
    <message numerus="yes">
        <source>Found %n day(s) after last seen.</source>
        <translation>
            <numerusform>Found %n day after last seen.</numerusform>
            <numerusform>Found %n days after last seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age about %1 when found, %n year(s) outside the estimated %2.</source>
        <translation>
            <numerusform>Age about %1 when found, %n year outside the estimated %2.</numerusform>
            <numerusform>Age about %1 when found, %n years outside the estimated %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born about %1, %n year(s) from the subject&apos;s %2.</source>
        <translation>
            <numerusform>Born about %1, %n year from the subject&apos;s %2.</numerusform>
            <numerusform>Born about %1, %n years from the subject&apos;s %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::OperationCharts</name>
    <message numerus="yes">
        <source>%1: %Ln visit(s)</source>
        <translation>
            <numerusform>%1: %Ln visit</numerusform>
            <numerusform>%1: %Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::OverviewPage</name>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::PasswordPolicy</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::RegistrationPage</name>
    <message numerus="yes">
        <source>%n registration file(s)</source>
        <translation>
            <numerusform>%n registration file</numerusform>
            <numerusform>%n registration files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportDialog</name>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1.</source>
        <translation>
            <numerusform>%n CSV file written to %1.</numerusform>
            <numerusform>%n CSV files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n sheet written to %1.</numerusform>
            <numerusform>%n sheets written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportDocument</name>
    <message numerus="yes">
        <source>%n station(s): %1</source>
        <translation>
            <numerusform>%n station: %1</numerusform>
            <numerusform>%n stations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open high-risk case(s), oldest first.</source>
        <translation>
            <numerusform>%n open high-risk case, oldest first.</numerusform>
            <numerusform>%n open high-risk cases, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) visited</source>
        <translation>
            <numerusform>%Ln household visited</numerusform>
            <numerusform>%Ln households visited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-check(s)</source>
        <translation>
            <numerusform>%Ln person-check</numerusform>
            <numerusform>%Ln person-checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing people found or rescued</source>
        <translation>
            <numerusform>%Ln missing person found or rescued</numerusform>
            <numerusform>%Ln missing people found or rescued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln families reunited</source>
        <translation>
            <numerusform>%Ln family reunited</numerusform>
            <numerusform>%Ln families reunited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unregistered people found</source>
        <translation>
            <numerusform>%Ln unregistered person found</numerusform>
            <numerusform>%Ln unregistered people found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered since</source>
        <translation>
            <numerusform>%Ln registered since</numerusform>
            <numerusform>%Ln registered since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln given ID card(s)</source>
        <translation>
            <numerusform>%Ln given ID card</numerusform>
            <numerusform>%Ln given ID cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportTables</name>
    <message numerus="yes">
        <source>%n homicide(s)</source>
        <translation>
            <numerusform>%n homicide</numerusform>
            <numerusform>%n homicides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kidnapping(s)</source>
        <translation>
            <numerusform>%n kidnapping</numerusform>
            <numerusform>%n kidnappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trafficking case(s)</source>
        <translation>
            <numerusform>%n trafficking case</numerusform>
            <numerusform>%n trafficking cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other crime(s)</source>
        <translation>
            <numerusform>%n other crime</numerusform>
            <numerusform>%n other crimes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::SheetsDialog</name>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n sheet written to %1.</numerusform>
            <numerusform>%n sheets written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::UnregisteredPage</name>
    <message numerus="yes">
        <source>Exported %n row(s) of unregistered people to %1.</source>
        <translation>
            <numerusform>Exported %n row of unregistered people to %1.</numerusform>
            <numerusform>Exported %n rows of unregistered people to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::UserService</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::ActionsListCommand</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::AttachCommand</name>
    <message numerus="yes">
        <source>Attached %1 (%2, %n bytes) as number %3.</source>
        <translation>
            <numerusform>Attached %1 (%2, %n bytes) as number %3.</numerusform>
            <numerusform>Attached %1 (%2, %n bytes) as number %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::AttachmentsCommand</name>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n attachment.</numerusform>
            <numerusform>%n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::AuditVerifyCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n record.</numerusform>
            <numerusform>The audit log is intact: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from before the chain are sealed at the next change.</source>
        <translation>
            <numerusform>%n record from before the chain are sealed at the next change.</numerusform>
            <numerusform>%n records from before the chain are sealed at the next change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::CallsListCommand</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::CasesListCommand</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::ClusterCommand</name>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n case: </numerusform>
            <numerusform>%n cases: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::Command</name>
    <message numerus="yes">
        <source>Expected %n unnamed argument(s).</source>
        <translation>
            <numerusform>Expected %n unnamed argument.</numerusform>
            <numerusform>Expected %n unnamed arguments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::CopyCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 rows of %2 tables in %3 s. %n account(s) have no password on the server yet: an administrator sets each with homecoming-cli users reset-password BADGE --generate.</source>
        <translation>
            <numerusform>Copied %1 row of %2 tables in %3 s. %n account have no password on the server yet: an administrator sets each with homecoming-cli users reset-password BADGE --generate.</numerusform>
            <numerusform>Copied %1 rows of %2 tables in %3 s. %n accounts have no password on the server yet: an administrator sets each with homecoming-cli users reset-password BADGE --generate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::CrimesListCommand</name>
    <message numerus="yes">
        <source>%n crime(s)</source>
        <translation>
            <numerusform>%n crime</numerusform>
            <numerusform>%n crimes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::ExportCommand</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::MarksCommand</name>
    <message numerus="yes">
        <source>%1: %n identifying mark(s).</source>
        <translation>
            <numerusform>%1: %n identifying mark.</numerusform>
            <numerusform>%1: %n identifying marks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::MatchCommand</name>
    <message numerus="yes">
        <source>%n candidate(s); %1 ruled out by sex, age or time.</source>
        <translation>
            <numerusform>%n candidate; %1 ruled out by sex, age or time.</numerusform>
            <numerusform>%n candidates; %1 ruled out by sex, age or time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::ReportCommand</name>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1.</source>
        <translation>
            <numerusform>%n CSV file written to %1.</numerusform>
            <numerusform>%n CSV files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n sheet written to %1.</numerusform>
            <numerusform>%n sheets written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::SheetsCommand</name>
    <message numerus="yes">
        <source>%n household sheet(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n household sheet of %1 written to %2.</numerusform>
            <numerusform>%n household sheets of %1 written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::StationsBenchCommand</name>
    <message numerus="yes">
        <source>The database has %n station(s) with an officer.</source>
        <translation>
            <numerusform>The database has %n station with an officer.</numerusform>
            <numerusform>The database has %n stations with an officer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::cli::UnregisteredListCommand</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
