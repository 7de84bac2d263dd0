<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>hc::DrillDownDialog</name>
    <message numerus="yes">
        <source>The first %n rows (there are more; narrow the filter).</source>
        <translation>
            <numerusform>The first %n row (there are more; narrow the filter).</numerusform>
            <numerusform>The first %n rows (there are more; narrow the filter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows.</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
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
            <numerusform>A child: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Elderly: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The first %n row (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pair scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pair found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Corrected %n time&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Type at least %n character to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln household&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;First %n data row:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Import finished: all %n row accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Import finished with %n rejected row; the other row were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Showing the nearest %n entity; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n entity shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Everything within %n link, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The cluster, %n entity.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pair ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Found %n day after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n result.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The password needs at least %n character.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n registration file</numerusform>
            <numerusform>A child: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Elderly: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The first %n rows (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n rows (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pairs scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pairs found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; &quot;%1&quot; has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Corrected %n times&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Type at least %n characters to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n characters to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln households&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;First %n data rows:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data rows:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Import finished: all %n rows accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n rows accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Showing the nearest %n entities; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entities; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n entities shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entities shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Everything within %n links, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The cluster, %n entities.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entities.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n pairs ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Found %n days after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n results.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The password needs at least %n characters.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n characters.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n registration files</numerusform>
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
</context>
<context>
    <name>hc::ReportTables</name>
    <message numerus="yes">
        <source>%n homicide(s)</source>
        <translation>
            <numerusform>A child: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n row (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n time&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n character to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln household&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data row:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n row accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected row; the other row were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entity; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entity shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n link, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entity.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n day after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n result.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n character.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration file&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n row (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n time&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n character to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln household&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data row:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n row accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected row; the other row were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entity; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entity shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n link, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entity.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n day after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n result.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n character.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration file&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n row (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n times&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n character to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln households&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data row:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n row accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected row; the other row were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entity; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entity shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n links, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entity.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n days after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n results.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n character.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration files&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n CSV file written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDocument&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n station: %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n station: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n stations: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n open high-risk case, oldest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n open high-risk case, oldest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n open high-risk cases, oldest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportTables&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n homicide</numerusform>
            <numerusform>A child: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n rows (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n rows (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n rows.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n times&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n characters to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n characters to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln households&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data rows:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data rows:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n rows accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n rows accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entities; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entities; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entities shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entities shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n links, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entities.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entities.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n days after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n results.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n characters.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n characters.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration files&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n year old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n row (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n time&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n character to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln household&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data row:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n row accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected row; the other row were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entity; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entity shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n link, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entity.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pair ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n day after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n result.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n character.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration file&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A child: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;A child: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Elderly: %n years old when last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Elderly: %n year old when last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Elderly: %n years old when last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DrillDownDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The first %n rows (there are more; narrow the filter).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The first %n row (there are more; narrow the filter).&lt;/numerusform&gt;
            &lt;numerusform&gt;The first %n rows (there are more; narrow the filter).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n rows.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::DuplicatesPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs scoring under %1 not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair scoring under %1 not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs scoring under %1 not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs found only by other rules not listed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair found only by other rules not listed.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs found only by other rules not listed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::EntityDirectory&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
            &lt;numerusform&gt;A phone number has 7 to 20 digits; "%1" has %n.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdDetailDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Corrected %n times&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Corrected %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;Corrected %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::HouseholdsPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Type at least %n characters to search.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Type at least %n character to search.&lt;/numerusform&gt;
            &lt;numerusform&gt;Type at least %n characters to search.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%Ln households&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln household&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln households&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ImportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;First %n data rows:&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;First %n data row:&lt;/numerusform&gt;
            &lt;numerusform&gt;First %n data rows:&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished: all %n rows accepted.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished: all %n row accepted.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished: all %n rows accepted.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Import finished with %n rejected row; the other row were saved.&lt;/numerusform&gt;
            &lt;numerusform&gt;Import finished with %n rejected rows; the other rows were saved.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::LinksPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Showing the nearest %n entities; the rest are left out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Showing the nearest %n entity; the rest are left out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Showing the nearest %n entities; the rest are left out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n entities shown.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entity shown.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entities shown.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster holds two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters hold two cases or more; the first is drawn. Activate a row to draw another.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The strongest chain: %n link, strength %1 (the product of the confidences).&lt;/numerusform&gt;
            &lt;numerusform&gt;The strongest chain: %n links, strength %1 (the product of the confidences).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entity (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
            &lt;numerusform&gt;Key connectors of a cluster of %n entities (betweenness: how many shortest chains pass through).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Everything within %n links, nearest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Everything within %n link, nearest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;Everything within %n links, nearest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The cluster, %n entities.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The cluster, %n entity.&lt;/numerusform&gt;
            &lt;numerusform&gt;The cluster, %n entities.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ListPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1, %Ln shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%1, %Ln shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MatchCandidatesDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n pairs ruled out by an investigator.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n pair ruled out by an investigator.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n pairs ruled out by an investigator.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::MissingFoundMatcher&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Found %n days after last seen.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Found %n day after last seen.&lt;/numerusform&gt;
            &lt;numerusform&gt;Found %n days after last seen.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Age about %1 when found, %n year outside the estimated %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;Age about %1 when found, %n years outside the estimated %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::OverviewPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n results.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n result.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n results.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::PasswordPolicy&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The password needs at least %n characters.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The password needs at least %n character.&lt;/numerusform&gt;
            &lt;numerusform&gt;The password needs at least %n characters.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::RegistrationPage&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n registration files&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n CSV files written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDocument&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n stations: %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n station: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n stations: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n open high-risk cases, oldest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n open high-risk case, oldest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n open high-risk cases, oldest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportTables&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n homicides</numerusform>
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
    <name>hc::cli::CrimesListCommand</name>
    <message numerus="yes">
        <source>%n crime(s)</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ActionsListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n action&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n action&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::AuditVerifyCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The audit log is intact: %n record.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n record.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n records.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n record from before the chain are sealed at the next change.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n record from before the chain are sealed at the next change.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n records from before the chain are sealed at the next change.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CasesListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n case&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case&lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ClusterCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n case: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::Command&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Expected %n unnamed argument.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Expected %n unnamed argument.&lt;/numerusform&gt;
            &lt;numerusform&gt;Expected %n unnamed arguments.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CrimesListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n crime</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ActionsListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n actions&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n action&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::AuditVerifyCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The audit log is intact: %n records.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n record.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n records.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n records from before the chain are sealed at the next change.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n record from before the chain are sealed at the next change.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n records from before the chain are sealed at the next change.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CasesListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n cases&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case&lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ClusterCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n cases: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::Command&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Expected %n unnamed arguments.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Expected %n unnamed argument.&lt;/numerusform&gt;
            &lt;numerusform&gt;Expected %n unnamed arguments.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CrimesListCommand&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n crimes</numerusform>
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
</context>
<context>
    <name>hc::cli::UnregisteredListCommand</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n CSV file written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDocument&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n station: %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n station: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n stations: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n open high-risk case, oldest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n open high-risk case, oldest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n open high-risk cases, oldest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::UserService&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Too many failed attempts. Try again in %n second.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ActionsListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n action&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n action&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::AuditVerifyCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The audit log is intact: %n record.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n record.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n records.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n record from before the chain are sealed at the next change.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n record from before the chain are sealed at the next change.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n records from before the chain are sealed at the next change.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CasesListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n case&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case&lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ClusterCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n case: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::Command&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Expected %n unnamed argument.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Expected %n unnamed argument.&lt;/numerusform&gt;
            &lt;numerusform&gt;Expected %n unnamed arguments.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::MatchCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n candidate; %1 ruled out by sex, age or time.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n candidate; %1 ruled out by sex, age or time.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n candidates; %1 ruled out by sex, age or time.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ReportCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n CSV file written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::UnregisteredListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n file</numerusform>
            <numerusform>%n CSV files written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::ReportDocument&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n stations: %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n station: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n stations: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n open high-risk cases, oldest first.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n open high-risk case, oldest first.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n open high-risk cases, oldest first.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::UserService&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Too many failed attempts. Try again in %n seconds.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n second.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many failed attempts. Try again in %n seconds.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ActionsListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n actions&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n action&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::AuditVerifyCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The audit log is intact: %n records.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n record.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n records.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n records from before the chain are sealed at the next change.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n record from before the chain are sealed at the next change.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n records from before the chain are sealed at the next change.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::CasesListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n cases&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case&lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ClusterCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n cases: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n case: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n cases: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::Command&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Expected %n unnamed arguments.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Expected %n unnamed argument.&lt;/numerusform&gt;
            &lt;numerusform&gt;Expected %n unnamed arguments.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::MatchCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n candidates; %1 ruled out by sex, age or time.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n candidate; %1 ruled out by sex, age or time.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n candidates; %1 ruled out by sex, age or time.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::ReportCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n CSV files written to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n CSV file written to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n CSV files written to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;hc::cli::UnregisteredListCommand&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
