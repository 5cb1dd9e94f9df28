<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../recruit_desk/ui/unsaved.py" line="86"/>
        <source>Changes not saved</source>
        <translation>有改动未保存</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/unsaved.py" line="87"/>
        <source>{n} change(s) could not be saved: {changes}.

{problem}

Leave anyway and lose them?</source>
        <translation>有 {n} 处改动未能保存：{changes}。

{problem}

仍要离开并放弃这些改动吗？</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../recruit_desk/ui/app.py" line="86"/>
        <source>Recruit Desk cannot open its data</source>
        <translation>Recruit Desk 无法打开数据</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/app.py" line="87"/>
        <source>The data folder could not be opened, so the window cannot start. The reason (in English):

{reason}

Fix the problem and start Recruit Desk again, or start it with another data folder (recruit-desk --data-dir FOLDER).</source>
        <translation>无法打开数据文件夹，窗口因此无法启动。原因如下（英文）：

{reason}

请先解决这个问题，再重新启动 Recruit Desk；或者换一个数据文件夹启动（recruit-desk --data-dir 文件夹路径）。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="36"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="43"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="43"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="43"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="45"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="47"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="49"/>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="64"/>
        <source>Keep daily backups for</source>
        <translation>每日备份保留</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="66"/>
        <source>days, and one a week for</source>
        <translation>天，每周备份保留</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="68"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="70"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="80"/>
        <source>A backup is made at the first start of each day and before every import or restore, in {folder}. Erasing a candidate removes them from every backup too.</source>
        <translation>每天第一次启动时、每次导入或恢复之前，系统都会自动备份到 {folder}。删除候选人时，其信息也会从所有备份中删除。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="86"/>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="86"/>
        <source>made on request</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="87"/>
        <source>before an import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="88"/>
        <source>before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="89"/>
        <source>before an update of the app</source>
        <translation>软件升级前备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="98"/>
        <source>Last backup: {when} ({kind})</source>
        <translation>最近一次备份：{when}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="101"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="108"/>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="132"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="124"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="125"/>
        <source>Recruit Desk backups (*.sqlite3)</source>
        <translation>Recruit Desk 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="133"/>
        <source>Close the interview first: a restore replaces everything on screen.</source>
        <translation>请先关闭正在进行的面试：恢复会替换当前的全部数据。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="140"/>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="154"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="141"/>
        <source>Replace everything in Recruit Desk with the backup {name}? The database as it is now is backed up first, so this can be undone.</source>
        <translation>要用备份 {name} 替换 Recruit Desk 中的全部数据吗？系统会先备份当前的数据，所以可以撤销。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/backup_dialog.py" line="155"/>
        <source>Restored. The database as it was is kept as {name}.</source>
        <translation>已恢复。恢复前的数据已保存为 {name}。</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="52"/>
        <source>Calibration</source>
        <translation>评分校准</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="59"/>
        <source>&amp;Coordinator: show every interviewer&apos;s figures on this laptop</source>
        <translation>协调人(&amp;C)：在本机显示所有面试官的数据</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="64"/>
        <source>A guard against showing colleagues&apos; figures by accident, not security: anyone at this laptop can tick it.</source>
        <translation>这只是防止误看同事数据的提示性设置，并非安全措施：任何使用本机的人都可以勾选。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="75"/>
        <source>Spread of ratings (co-panellists&apos;)</source>
        <translation>评分离散程度（同组）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="76"/>
        <source>Recommendations</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="76"/>
        <source>Severity by month</source>
        <translation>各月宽严度</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="79"/>
        <source>Kit</source>
        <translation>面试方案</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="79"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="79"/>
        <source>ICC, raters</source>
        <translation>ICC，评分人数</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="79"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="80"/>
        <source>One interviewer</source>
        <translation>单个面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="80"/>
        <source>Panel average</source>
        <translation>面试组平均</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="80"/>
        <source>Alpha (interval)</source>
        <translation>Alpha（等距）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="81"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="84"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="84"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="84"/>
        <source>Ratings, anchors and notes</source>
        <translation>评分、对应锚定描述与记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="87"/>
        <source>No figures of yours yet: they appear once you and a colleague have rated the same candidates.</source>
        <translation>还没有您的数据：您和同事面试过相同的候选人后才会显示。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="96"/>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="97"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="98"/>
        <source>Calibration meeting ({n})</source>
        <translation>校准会议（{n}）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="100"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/calibration_dialog.py" line="157"/>
        <source>Questions a panel rated {n} or more points apart.</source>
        <translation>同组面试官评分相差 {n} 分及以上的题目。</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <location filename="../../recruit_desk/ui/candidate_list.py" line="83"/>
        <source>Search name, phone or e-mail (Ctrl+F)</source>
        <translation>搜索姓名、电话或邮箱 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_list.py" line="149"/>
        <source>{n} candidates</source>
        <translation>{n} 位候选人</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="90"/>
        <source>Start interview (Ctrl+I)</source>
        <translation>开始面试 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="91"/>
        <source>Interviews</source>
        <translation>面试记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="92"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="98"/>
        <source>No candidate selected</source>
        <translation>未选择候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="99"/>
        <source>Choose a candidate in the list, or press Ctrl+N to add one.</source>
        <translation>请在列表中选择候选人，或按 Ctrl+N 新建候选人。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="104"/>
        <source>Consent recorded {date}</source>
        <translation>已记录知情同意（{date}）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="105"/>
        <source>No consent recorded yet</source>
        <translation>尚未记录知情同意</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="146"/>
        <source>Decision: {decision} — {by}, {date}</source>
        <translation>决定：{decision} — {by}，{date}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="150"/>
        <source>next: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="160"/>
        <source>draft — Enter to resume</source>
        <translation>草稿 — 按 Enter 继续</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="172"/>
        <source>Submit your own interview first: the other interviewers&apos; ratings of this candidate are shown after you have submitted yours.</source>
        <translation>请先提交您本人的面试：提交后才会显示其他面试官对该候选人的评分。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_panel.py" line="178"/>
        <source>No submitted interview yet.</source>
        <translation>尚无已提交的面试。</translation>
    </message>
</context>
<context>
    <name>CandidateReplyDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/candidate_reply.py" line="49"/>
        <source>Read the customer&apos;s message, then type your reply below as you would send it. You have {minutes} minutes. The interviewer will not help; press Done when you have finished.</source>
        <translation>请先阅读客户的留言，然后在下方输入你会发给客户的回复。时间为 {minutes} 分钟。面试官不会提供帮助；写完后请点“完成”。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_reply.py" line="61"/>
        <source>Done (Ctrl+Enter)</source>
        <translation>完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_reply.py" line="110"/>
        <source>Time left {left}</source>
        <translation>剩余时间 {left}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_reply.py" line="114"/>
        <source>Time is up. Please hand the laptop back to the interviewer.</source>
        <translation>时间到。请把电脑交还给面试官。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_reply.py" line="136"/>
        <source>NOT SAVED: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="56"/>
        <source>Position</source>
        <translation>应聘岗位</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="57"/>
        <source>Source / event</source>
        <translation>来源 / 招聘活动</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="59"/>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="61"/>
        <source>Recommendation</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="62"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_model.py" line="63"/>
        <source>Last interview</source>
        <translation>最近面试</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="63"/>
        <source>The candidate agrees to what is stored, as read out to them</source>
        <translation>已向候选人宣读以下说明，候选人同意保存其信息</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="77"/>
        <source>Add to the queue (Enter)</source>
        <translation>加入排队 (Enter)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="82"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="83"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="84"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="85"/>
        <source>P&amp;osition</source>
        <translation>应聘岗位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="86"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="144"/>
        <source>already checked in at this event at {time}</source>
        <translation>本场已于 {time} 登记</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="147"/>
        <source>last seen on {date}</source>
        <translation>上次见面：{date}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="149"/>
        <source>entered on {date}, not interviewed</source>
        <translation>{date} 录入，尚未面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="152"/>
        <source>Known: {name} ({phone}), {seen}. Enter checks this person in; Ctrl+Shift+Enter makes a new record instead.</source>
        <translation>已有记录：{name}（{phone}），{seen}。按 Enter 为此人登记；如是另一人，按 Ctrl+Shift+Enter 新建记录。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_checkin.py" line="165"/>
        <source>Read the consent text to the candidate and tick it (Space) before they join the queue.</source>
        <translation>加入排队前，请向候选人宣读知情同意说明并勾选（空格键）。</translation>
    </message>
</context>
<context>
    <name>ConductBox</name>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="241"/>
        <source>Conduct towards staff and other candidates (required, not scored)</source>
        <translation>对工作人员和其他候选人的言行（必填，不计分）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="254"/>
        <source>What was seen, in a few words</source>
        <translation>简要写下看到的情况</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="59"/>
        <source>Conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="63"/>
        <source>Both laptops changed these since they last exchanged data. For each, choose the version to keep; your choice goes to the other laptop with the next bundle.</source>
        <translation>自两台电脑上次交换数据以来，以下内容在两边都被修改过。请逐条选择要保留的版本；您的选择会随下一个数据包同步到另一台电脑。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="78"/>
        <source>No conflicts: both laptops agree on everything.</source>
        <translation>没有冲突：两台电脑的数据完全一致。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="81"/>
        <source>Keep &amp;this laptop&apos;s</source>
        <translation>保留本机的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="84"/>
        <source>Keep the &amp;other laptop&apos;s</source>
        <translation>保留另一台电脑的(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="107"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="107"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="107"/>
        <source>On this laptop</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="108"/>
        <source>On the other laptop</source>
        <translation>另一台电脑的值</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="108"/>
        <source>Other laptop</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="134"/>
        <source>(the same now)</source>
        <translation>（现已相同）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="138"/>
        <source>(an interview already submitted here)</source>
        <translation>（本机已提交的面试）</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="38"/>
        <source>Decision — {name}</source>
        <translation>录用决定 — {name}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="54"/>
        <source>e.g. second interview on 2 December</source>
        <translation>例如：12 月 2 日复试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="60"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="61"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="62"/>
        <source>Decided &amp;by</source>
        <translation>决定人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="78"/>
        <source>Decided so far: {decision}, by {by} on {date}. A new decision is added; the earlier one is kept.</source>
        <translation>目前的决定：{decision}，由 {by} 于 {date} 作出。新的决定会另行记录，之前的决定予以保留。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/decision_dialog.py" line="101"/>
        <source>Decision not saved</source>
        <translation>决定未保存</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="174"/>
        <source>Possible duplicates</source>
        <translation>可能重复的候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="178"/>
        <source>These candidates share a phone number or an e-mail address: perhaps one person was entered twice, here or on another laptop. Choose the record to keep and merge the others into it.</source>
        <translation>以下候选人的电话或邮箱相同，可能是同一个人在本机或其他电脑上被录入了两次。请选择要保留的记录，再把其他记录合并进去。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="184"/>
        <source>No possible duplicates.</source>
        <translation>没有发现可能重复的候选人。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="210"/>
        <source>Sharing {contact}</source>
        <translation>相同的联系方式：{contact}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="224"/>
        <source>&amp;Merge into the chosen record…</source>
        <translation>合并到所选记录(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="235"/>
        <source>no position</source>
        <translation>未填岗位</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="237"/>
        <source>added {date}</source>
        <translation>{date} 录入</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="238"/>
        <source>interviews: {n}</source>
        <translation>面试 {n} 次</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="247"/>
        <source>Merge candidates</source>
        <translation>合并候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="248"/>
        <source>Keep {name} (added {date}) and merge {others} into it?

Nothing is lost: interviews move onto the kept record, and details it lacks are taken from the other. Other laptops make the same merge when they next import from this one.</source>
        <translation>保留 {name}（{date} 录入），并把 {others} 合并进来吗？

不会丢失任何数据：面试记录会移到保留的记录上，保留的记录缺少的信息会从另一条记录补上。其他电脑下次导入本机的数据时，也会做同样的合并。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="252"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="252"/>
        <source>{name} ({date})</source>
        <translation>{name}（{date}）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_review.py" line="255"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="36"/>
        <source>&amp;Set a passphrase…</source>
        <translation>设置口令(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="38"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>更改口令(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="40"/>
        <source>&amp;Remove the passphrase…</source>
        <translation>取消口令(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="42"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="51"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="59"/>
        <source>Lock the window after</source>
        <translation>闲置</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="61"/>
        <source>minutes without use</source>
        <translation>分钟后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="73"/>
        <source>The interview data and its backups are encrypted with a passphrase: a lost laptop does not give them away. The window asks for the passphrase when it starts, and again after the minutes below without use.</source>
        <translation>面试数据及其备份已用口令加密：笔记本电脑丢失也不会泄露这些数据。窗口启动时会要求输入口令，闲置达到下面设定的分钟数后也会再次要求输入。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="76"/>
        <source>The interview data is not encrypted: anyone who has this laptop&apos;s disk can read it. Set a passphrase to encrypt it and its backups.</source>
        <translation>面试数据未加密：任何拿到这台电脑硬盘的人都能读取。设置口令即可加密数据及其备份。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="86"/>
        <source>The current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="91"/>
        <source>That is not the passphrase. Nothing was changed.</source>
        <translation>口令不正确，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="102"/>
        <source>Wait until the export or the exchange with other laptops has finished, then try again. Nothing was changed.</source>
        <translation>请等导出或与其他电脑的数据交换完成后再试。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="117"/>
        <source>These backups could not be rewritten and were left as they were; delete them if they are not needed:</source>
        <translation>以下备份无法重写，已保持原样；如不再需要，请将其删除：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="122"/>
        <source>Set a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="127"/>
        <source>The interview data and its backups are now encrypted.</source>
        <translation>面试数据及其备份现已加密。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="130"/>
        <source>Change the passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="137"/>
        <source>The passphrase is changed, for the data and its backups.</source>
        <translation>数据及其备份的口令已更改。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="140"/>
        <source>Remove the passphrase</source>
        <translation>取消口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="144"/>
        <source>Store the applicants&apos; data unencrypted on this laptop, readable by anyone who has its disk?</source>
        <translation>确定要在这台电脑上以不加密的方式保存应聘者数据吗？拿到硬盘的任何人都能读取。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="149"/>
        <source>The interview data and its backups are no longer encrypted.</source>
        <translation>面试数据及其备份已不再加密。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/encryption_tab.py" line="156"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../recruit_desk/ui/common.py" line="58"/>
        <source>Could not save</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/common.py" line="59"/>
        <source>{message}

What is on screen is kept; try again when the problem is fixed.</source>
        <translation>{message}

屏幕上的内容已保留，问题解决后请重试。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="78"/>
        <source>No report yet</source>
        <translation>暂无报告</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="79"/>
        <source>A report needs at least one submitted interview.</source>
        <translation>至少要有一场已提交的面试才能生成报告。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="91"/>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="97"/>
        <source>Compare candidates</source>
        <translation>对比候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="98"/>
        <source>Select two or more candidates to compare: hold Ctrl or Shift while clicking.</source>
        <translation>请选择两位或以上候选人进行对比：单击时按住 Ctrl 或 Shift 键。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="106"/>
        <location filename="../../recruit_desk/ui/export.py" line="214"/>
        <source>No PDF written</source>
        <translation>未生成 PDF</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="107"/>
        <source>{name} has no submitted interview.</source>
        <translation>{name} 还没有已提交的面试。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="123"/>
        <source>Writing the comparison…</source>
        <translation>正在生成对比报告…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="129"/>
        <source>Folder for the PDF reports</source>
        <translation>选择保存 PDF 报告的文件夹</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="140"/>
        <source>Writing PDF reports…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="203"/>
        <source>{n} of {total}: {name}</source>
        <translation>第 {n}/{total} 份：{name}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="212"/>
        <source>Something went wrong while writing the PDF ({error}). Nothing else was changed.</source>
        <translation>生成 PDF 时出错（{error}）。其他内容均未改动。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="219"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="230"/>
        <source>PDF written</source>
        <translation>PDF 已生成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="231"/>
        <source>Saved {path}.

Open it in the PDF viewer?</source>
        <translation>已保存 {path}。

要用 PDF 阅读器打开吗？</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="237"/>
        <source>Reports written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/export.py" line="238"/>
        <source>{n} PDF reports written to {folder}.

Open the folder?</source>
        <translation>已在 {folder} 生成 {n} 份 PDF 报告。

要打开该文件夹吗？</translation>
    </message>
</context>
<context>
    <name>FairActions</name>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="46"/>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="47"/>
        <source>The event (choose one, or type a new name):</source>
        <translation>招聘活动（选择已有的，或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="66"/>
        <source>As the desktop</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="66"/>
        <source>Large (125%)</source>
        <translation>大 (125%)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="67"/>
        <source>Larger (150%)</source>
        <translation>更大 (150%)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="69"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_actions.py" line="70"/>
        <source>Text size in every window:</source>
        <translation>所有窗口的文字大小：</translation>
    </message>
</context>
<context>
    <name>FairDecision</name>
    <message>
        <location filename="../../recruit_desk/ui/fair_decision.py" line="42"/>
        <source>Decision on {name}</source>
        <translation>筛选决定 — {name}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_decision.py" line="58"/>
        <source>Recommendation: {label}</source>
        <translation>面试官建议：{label}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_decision.py" line="69"/>
        <source>e.g. full interview on 2 Dec, 10:00</source>
        <translation>例如：12月2日 10:00 正式面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_decision.py" line="71"/>
        <source>Next &amp;step</source>
        <translation>下一步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_decision.py" line="72"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FairWindow</name>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="64"/>
        <source>Job fair — {event}</source>
        <translation>招聘会 — {event}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="74"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="78"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="78"/>
        <location filename="../../recruit_desk/ui/fair_window.py" line="81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="78"/>
        <source>Position</source>
        <translation>应聘岗位</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="81"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="79"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="79"/>
        <source>Checked in at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="82"/>
        <source>Called</source>
        <translation>叫号时间</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="82"/>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="89"/>
        <source>Call next (F5)</source>
        <translation>叫下一位 (F5)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="90"/>
        <source>Skip (F6)</source>
        <translation>过号 (F6)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="91"/>
        <source>Left unseen (F7)</source>
        <translation>未面试已离开 (F7)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="92"/>
        <source>Resume (F8)</source>
        <translation>继续面试 (F8)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="111"/>
        <source>Called: being seen, or seen</source>
        <translation>已叫号：正在面试或已面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="114"/>
        <source>Check in</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="126"/>
        <source>&amp;Interviewer at this laptop:</source>
        <translation>本机面试官(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="165"/>
        <source>e.g. 客服专员、在线客服</source>
        <translation>例如：客服专员、在线客服</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="168"/>
        <source>&amp;Kit:</source>
        <translation>面试方案(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="170"/>
        <source>Po&amp;sitions:</source>
        <translation>招聘岗位(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="202"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="238"/>
        <source>Waiting: {n}</source>
        <translation>排队中：{n}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="274"/>
        <source>Select a walk-in in the queue first.</source>
        <translation>请先在排队列表中选择一位候选人。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="281"/>
        <source>Type your name as the interviewer first (at the top), then call again.</source>
        <translation>请先在上方填写您的面试官姓名，再叫号。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="306"/>
        <source>Nobody is waiting.</source>
        <translation>没有人在排队。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="328"/>
        <source>{name} moved to the back of the queue.</source>
        <translation>{name} 已移到队尾。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="334"/>
        <source>{name} left before being seen (kept and counted).</source>
        <translation>{name} 未面试已离开（记录保留并计入统计）。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/fair_window.py" line="358"/>
        <source>No screen is open.</source>
        <translation>没有进行中的筛选面试。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="239"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="206"/>
        <source>Import a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="209"/>
        <source>{file}
from the laptop “{laptop}”, written {date}</source>
        <translation>{file}
来自电脑“{laptop}”，导出于 {date}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="217"/>
        <source>Already imported: nothing changes.</source>
        <translation>已导入过：不会有任何变化。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="221"/>
        <source>New candidates</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="222"/>
        <source>New interviews</source>
        <translation>新面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="223"/>
        <source>Other new records (ratings, notes, decisions)</source>
        <translation>其他新记录（评分、笔记、录用决定等）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="225"/>
        <source>Updated records</source>
        <translation>更新的记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="226"/>
        <source>Candidates erased on the other laptop</source>
        <translation>在另一台电脑上已删除的候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="227"/>
        <source>Duplicates merged on the other laptop</source>
        <translation>在另一台电脑上已合并的重复候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="228"/>
        <source>Conflicts for you to resolve</source>
        <translation>需要您处理的冲突</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="237"/>
        <source>Nothing new: this laptop already has everything in it.</source>
        <translation>没有新内容：其中的数据本机都已经有了。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="241"/>
        <source>Candidates erased on the other laptop are erased here too, with their interviews.</source>
        <translation>在另一台电脑上已删除的候选人，在本机也会连同其面试记录一并删除。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="244"/>
        <source>Where both laptops changed the same thing, you choose which to keep.</source>
        <translation>两台电脑都修改过的内容，由您选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="255"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="137"/>
        <source>{candidate} — {kit}</source>
        <translation>{candidate} — {kit}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="141"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ 上一题 (PgUp)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="142"/>
        <source>Next (PgDn) ▶</source>
        <translation>下一题 (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="143"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>完成面试 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="144"/>
        <source>Back to list (Ctrl+W)</source>
        <translation>返回列表 (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="146"/>
        <source>Rate: 1–5 · Ctrl+1–5 while typing notes · 0 not assessed · Saved as you go</source>
        <translation>评分：1–5 · 输入记录时用 Ctrl+1–5 · 0 未评估 · 自动保存</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="251"/>
        <source>rating {value} of question {n}</source>
        <translation>第 {n} 题的评分 {value}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="264"/>
        <source>&apos;not assessed&apos; of question {n}</source>
        <translation>第 {n} 题的“未评估”</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="302"/>
        <source>the note of question {n}</source>
        <translation>第 {n} 题的记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="313"/>
        <source>the STAR ticks of question {n}</source>
        <translation>第 {n} 题的 STAR 勾选</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner.py" line="320"/>
        <source>a look-for or red flag of question {n}</source>
        <translation>第 {n} 题的加分表现或警示信号</translation>
    </message>
</context>
<context>
    <name>LaptopActions</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="139"/>
        <source>An interview is open</source>
        <translation>面试正在进行</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="140"/>
        <source>Finish or close the interview first: data from other laptops can change it.</source>
        <translation>请先完成或关闭当前面试：来自其他电脑的数据可能会改动它。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="143"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="148"/>
        <source>Recruit Desk bundles (*{suffix})</source>
        <translation>Recruit Desk 数据包 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="157"/>
        <source>Export for another laptop</source>
        <translation>导出给其他电脑</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="164"/>
        <source>Passphrase for the bundle</source>
        <translation>数据包口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="165"/>
        <source>The bundle holds candidates&apos; personal data. Choose a passphrase and tell it to the other laptop&apos;s user in person or by phone, never in the message that carries the file.</source>
        <translation>数据包中含有候选人的个人信息。请设置一个口令，当面或打电话告诉另一台电脑的使用者，切勿和文件放在同一条消息里发送。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="172"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="173"/>
        <source>No bundle written</source>
        <translation>未生成数据包</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="178"/>
        <source>Encrypted with your passphrase.</source>
        <translation>已用您设置的口令加密。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="179"/>
        <source>Not encrypted: keep the file safe, and delete it once it is imported.</source>
        <translation>未加密：请妥善保管该文件，导入后立即删除。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="181"/>
        <source>Bundle written</source>
        <translation>数据包已生成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="182"/>
        <source>Saved {path}

{how}

In it:
{rows}

On the other laptop choose Laptops › Import a bundle…</source>
        <translation>已保存 {path}

{how}

其中包含：
{rows}

请在另一台电脑上选择“多台电脑 › 导入数据包…”。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="190"/>
        <source>Import a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="198"/>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="227"/>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="208"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="209"/>
        <source>{file} is encrypted. Type the passphrase it was exported with.</source>
        <translation>{file} 已加密。请输入导出时设置的口令。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="217"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="226"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="233"/>
        <source>Bundle imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="234"/>
        <source>Imported from the laptop “{laptop}”: {changes}.</source>
        <translation>已从电脑“{laptop}”导入：{changes}。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="244"/>
        <source>Conflicts to resolve: {n}. Both laptops changed the same thing; choose which version to keep.</source>
        <translation>待处理的冲突：{n} 处。两台电脑修改了同一内容，请选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="247"/>
        <source>&amp;Resolve conflicts now</source>
        <translation>立即处理冲突(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="249"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="261"/>
        <source>Folder shared by the team&apos;s laptops</source>
        <translation>团队电脑共用的文件夹</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="268"/>
        <source>Team passphrase</source>
        <translation>团队口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="269"/>
        <source>The passphrase every laptop syncing with {folder} uses. Recruit Desk keeps it only until it closes, and writes it nowhere.</source>
        <translation>所有通过 {folder} 同步的电脑共用的口令。Recruit Desk 只在本次运行期间记住它，关闭即忘，也不会写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="277"/>
        <source>Syncing with {folder}…</source>
        <translation>正在与 {folder} 同步…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="278"/>
        <source>Sync not finished</source>
        <translation>同步未完成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="285"/>
        <source>This laptop&apos;s data is in the folder as {file}.</source>
        <translation>本机数据已存入该文件夹：{file}。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="288"/>
        <source>No other laptop&apos;s bundle is in the folder yet.</source>
        <translation>文件夹中还没有其他电脑的数据包。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="290"/>
        <source>{file} (from “{laptop}”): {changes}</source>
        <translation>{file}（来自“{laptop}”）：{changes}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="293"/>
        <source>Not imported:</source>
        <translation>未能导入：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="298"/>
        <source>Sync finished</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="325"/>
        <source>This laptop&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="327"/>
        <source>The name other laptops see on what this one sends them, such as “Sarah&apos;s laptop”:</source>
        <translation>其他电脑收到本机数据时看到的名称，例如“前台电脑”：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="336"/>
        <source>A laptop&apos;s name takes 1 to 60 characters.</source>
        <translation>电脑名称须为 1 至 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="357"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="397"/>
        <source>{n} records read</source>
        <translation>已读取 {n} 条记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_actions.py" line="408"/>
        <source>Something went wrong ({error}). What was already saved is kept.</source>
        <translation>出现意外错误（{error}）。已保存的数据不受影响。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="138"/>
        <source>Recruit Desk is locked</source>
        <translation>Recruit Desk 已锁定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="141"/>
        <source>Recruit Desk is locked, so that nobody else can read the applicants&apos; data. Everything is saved. Type the passphrase to go on.</source>
        <translation>Recruit Desk 已锁定，以免他人查看应聘者数据。所有内容均已保存。输入口令即可继续。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="150"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="164"/>
        <source>That is not the passphrase.</source>
        <translation>口令不正确。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="142"/>
        <source>Recruit Desk</source>
        <translation>Recruit Desk · 结构化面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="98"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="110"/>
        <source>The disk holding {folder} is read-only</source>
        <translation>{folder} 所在的磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="111"/>
        <source>The database in {folder} is read-only (its file permissions)</source>
        <translation>{folder} 中的数据库为只读（文件权限所限）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="113"/>
        <source>The data folder {folder} cannot be written</source>
        <translation>数据文件夹 {folder} 无法写入</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="114"/>
        <source>The disk holding {folder} is full</source>
        <translation>{folder} 所在的磁盘已满</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="115"/>
        <source>The disk holding {folder} reported an error</source>
        <translation>{folder} 所在的磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="117"/>
        <source>: candidates and reports can be viewed, but nothing can be recorded or changed.</source>
        <translation>：可以查看候选人和报告，但无法记录或修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="225"/>
        <source>Delete candidate</source>
        <translation>删除候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="226"/>
        <source>Delete {name} with every interview, rating and note? This cannot be undone. PDFs already exported are separate files.</source>
        <translation>确定删除 {name} 及其所有面试、评分和记录吗？删除后无法恢复。已导出的 PDF 是单独的文件，不会一并删除。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="229"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="238"/>
        <source>Erasure not complete</source>
        <translation>删除未全部完成</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="283"/>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="284"/>
        <source>{name} has no consent recorded. Has the candidate agreed to what is stored, as read out to them?</source>
        <translation>尚未记录 {name} 的知情同意。已向候选人宣读信息保存说明，且候选人表示同意了吗？</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="319"/>
        <source>Change a submitted interview</source>
        <translation>修改已提交的面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/main_window.py" line="320"/>
        <source>This interview was submitted. Why does it need to change? The reason is kept with the interview.</source>
        <translation>这场面试已提交。为什么需要修改？修改原因会随面试一并保存。</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="61"/>
        <source>New candidate</source>
        <translation>新建候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="76"/>
        <source>e.g. Autumn job fair, Shanghai</source>
        <translation>例如：秋季招聘会·上海</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="81"/>
        <source>The candidate agrees to what is stored, as read out below</source>
        <translation>已向候选人宣读以下说明，候选人同意保存其信息</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="91"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="91"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="92"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="93"/>
        <source>P&amp;osition</source>
        <translation>应聘岗位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="94"/>
        <source>&amp;Source or event</source>
        <translation>来源或招聘活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="95"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="106"/>
        <source>An interview cannot start without consent. You can save now and record consent later.</source>
        <translation>未取得知情同意，不能开始面试。可以先保存，稍后再记录知情同意。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="126"/>
        <source>At most {limit} characters fit in this field.</source>
        <translation>此栏最多可填 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="141"/>
        <source>Line breaks and control characters cannot be stored here.</source>
        <translation>此栏不能保存换行符或控制字符。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="143"/>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="144"/>
        <source>This does not look like an e-mail address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/candidate_dialog.py" line="145"/>
        <source>Use digits, spaces, dashes and an optional +.</source>
        <translation>请只用数字、空格和连字符，开头可加 +。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="98"/>
        <source>At least {n} characters; a few words are easy to type and hard to guess. Without the passphrase nobody, you included, can open the data or its backups: keep it somewhere safe.</source>
        <translation>至少 {n} 个字符；由几个词组成的口令好输入又难猜。没有口令，任何人（包括您自己）都无法打开数据及其备份，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="109"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="110"/>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="124"/>
        <source>Too short: at least {n} characters.</source>
        <translation>太短：至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="126"/>
        <source>The two differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>NotAssessedPrompt</name>
    <message>
        <location filename="../../recruit_desk/ui/not_assessed.py" line="25"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/not_assessed.py" line="27"/>
        <source>Why is question {n} not assessed?</source>
        <translation>第 {n} 题为何未评估？</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/not_assessed.py" line="36"/>
        <source>Why, in a few words:</source>
        <translation>请简要说明原因：</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="144"/>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="146"/>
        <source>&amp;Again</source>
        <translation>再输一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="148"/>
        <source>&amp;Unencrypted (not recommended: the file holds personal data)</source>
        <translation>不加密（不建议：文件中含有个人信息）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="189"/>
        <source>Type a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="188"/>
        <source>Type a passphrase, or tick Unencrypted to write the file without one.</source>
        <translation>请输入口令；如确实不需要加密，请勾选“不加密”。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="192"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="46"/>
        <source>Recruit Desk: passphrase</source>
        <translation>Recruit Desk：口令</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="48"/>
        <source>The interview data in {folder} is encrypted. Type its passphrase to open it.</source>
        <translation>{folder} 中的面试数据已加密。请输入口令打开。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="51"/>
        <source>That passphrase does not open the data. Nothing was changed; try again.</source>
        <translation>该口令无法打开数据，未作任何更改；请重试。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/passphrase.py" line="58"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="46"/>
        <source>Rating practice</source>
        <translation>评分练习</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="67"/>
        <source>&amp;Interviewer:</source>
        <translation>面试官(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="69"/>
        <source>Answers in:</source>
        <translation>回答语言：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="85"/>
        <source>Next answer (Enter)</source>
        <translation>下一个回答 (Enter)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="94"/>
        <source>Rate it as in an interview: 1 to 5</source>
        <translation>像面试时一样评分：1 至 5</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="144"/>
        <source>Your rating?</source>
        <translation>您的评分？</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="155"/>
        <source>Add yourself as an interviewer first (start an interview once), then practise.</source>
        <translation>请先把自己添加为面试官（开始一次面试即可），再来练习。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="168"/>
        <source>Yours: {yours}. The expert&apos;s: {expert}, the same.</source>
        <translation>您的评分：{yours}。专家评分：{expert}，一致。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="172"/>
        <source>Yours: {yours}. The expert&apos;s: {expert} (marked with a dashed border).</source>
        <translation>您的评分：{yours}。专家评分：{expert}（虚线框标出）。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="184"/>
        <source>No practice ratings yet.</source>
        <translation>还没有练习记录。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/practice_dialog.py" line="189"/>
        <source>Your practice: {n} rating(s), {exact} the same as the expert&apos;s; mean difference {mae} point(s), bias {bias} (positive: more lenient). By month: {months}</source>
        <translation>您的练习：共 {n} 次评分，{exact} 次与专家一致；平均相差 {mae} 分，偏差 {bias}（正值表示比专家宽松）。按月：{months}</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="32"/>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="109"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="45"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="45"/>
        <source>Since</source>
        <translation>起算</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="45"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="46"/>
        <source>&amp;Erase the candidates due…</source>
        <translation>删除已到期的候选人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="49"/>
        <source>Keep candidates</source>
        <translation>候选人信息保留</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="50"/>
        <source>months after the decision or the last interview; hired candidates</source>
        <translation>个月（从录用决定或最后一次面试起算）；已录用的候选人保留</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="51"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="60"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="60"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="60"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="61"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="61"/>
        <source>Candidate id</source>
        <translation>候选人编号</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="61"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="64"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="65"/>
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="69"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="79"/>
        <source>exported a PDF</source>
        <translation>导出了 PDF</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="79"/>
        <source>exported a bundle</source>
        <translation>导出了数据包</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="80"/>
        <source>imported a bundle</source>
        <translation>导入了数据包</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="80"/>
        <source>erased a candidate</source>
        <translation>删除了候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="81"/>
        <source>restored a backup</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="81"/>
        <source>ran retention</source>
        <translation>按保留期限清理</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="82"/>
        <source>reopened an interview</source>
        <translation>重新打开了面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="83"/>
        <source>answered an access request</source>
        <translation>答复了查阅请求</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="84"/>
        <source>recorded withdrawn consent</source>
        <translation>记录了撤回同意</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="85"/>
        <source>changed encryption</source>
        <translation>更改了加密设置</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="86"/>
        <source>exported a CSV</source>
        <translation>导出了 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="89"/>
        <source>decided</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="89"/>
        <source>last interviewed</source>
        <translation>最后一次面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="90"/>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="90"/>
        <source>withdrew consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="95"/>
        <source> (hired)</source>
        <translation>（已录用）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="97"/>
        <source>{n} candidate(s) kept longer than the setting allows.</source>
        <translation>{n} 位候选人的信息已超过保留期限。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="99"/>
        <source>Nobody is due for erasure.</source>
        <translation>没有到期需要删除的候选人。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="113"/>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="128"/>
        <source>Erase the candidates due</source>
        <translation>删除已到期的候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="114"/>
        <source>Erase {n} candidate(s) and everything recorded about them, backups included? This cannot be undone.</source>
        <translation>要删除这 {n} 位候选人及其所有记录（包括备份中的）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/privacy_dialog.py" line="129"/>
        <source>{n} candidate(s) erased.</source>
        <translation>已删除 {n} 位候选人。</translation>
    </message>
</context>
<context>
    <name>QuestionPane</name>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="76"/>
        <source>Probes</source>
        <translation>追问</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="77"/>
        <source>STAR heard (S T A R keys)</source>
        <translation>回答涵盖的 STAR 要素（S T A R 键）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="80"/>
        <source>Look for</source>
        <translation>加分表现</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="81"/>
        <source>Red flags</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="82"/>
        <source>Hand over: the candidate writes the reply (Ctrl+R)</source>
        <translation>交给候选人：由候选人输入回复 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="120"/>
        <source>Exercise: {name} · {minutes} min</source>
        <translation>练习：{name} · {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="125"/>
        <source>No reply typed in the app yet; rate a reply written on paper the same way.</source>
        <translation>系统中还没有输入回复；如果候选人写在纸上，按同样的标准评分。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/question_pane.py" line="128"/>
        <source>The candidate&apos;s reply ({used} of the set time):</source>
        <translation>候选人的回复（用时 {used}）：</translation>
    </message>
</context>
<context>
    <name>RatingPane</name>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="53"/>
        <source>Not assessed (0)</source>
        <translation>未评估 (0)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="71"/>
        <source>Rating: {value} of 5</source>
        <translation>评分：{value} / 5</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="73"/>
        <source>Not assessed: {reason}</source>
        <translation>未评估：{reason}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="77"/>
        <source>Not rated yet — press 1 to 5</source>
        <translation>尚未评分 — 按 1–5 评分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="81"/>
        <source>{value} NOT SAVED</source>
        <translation>{value} 未保存</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="86"/>
        <source>Evidence notes (Ctrl+L; Esc to leave)</source>
        <translation>证据记录（Ctrl+L；Esc 退出输入）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/rating_pane.py" line="87"/>
        <source>NOT SAVED</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>RunnerHeader</name>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="48"/>
        <source>Try saving again (Ctrl+S)</source>
        <translation>重新保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="59"/>
        <source>Question {n} of {total} · coverage {coverage}%</source>
        <translation>第 {n}/{total} 题 · 完成度 {coverage}%</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="62"/>
        <source>Opening · {total} questions to come</source>
        <translation>开场 · 接下来共 {total} 道题</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="63"/>
        <source>Close · coverage {coverage}%</source>
        <translation>结束 · 已覆盖 {coverage}%</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="66"/>
        <source>{open} still open</source>
        <translation>{open} 题尚未评分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="72"/>
        <source>Interview {elapsed} / {planned} min</source>
        <translation>面试用时 {elapsed} / {planned} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="74"/>
        <source>This question {spent} / {suggested} min</source>
        <translation>本题用时 {spent} / {suggested} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="75"/>
        <source>This part {spent} / {suggested} min</source>
        <translation>本环节 {spent} / {suggested} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/runner_header.py" line="87"/>
        <source>NOT SAVED: {changes} — {problem}</source>
        <translation>未保存：{changes} — {problem}</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="151"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="155"/>
        <source>Your recommendation (required)</source>
        <translation>您的录用建议（必填）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="168"/>
        <source>Summary for the hiring manager (optional)</source>
        <translation>给用人经理的总结（选填）</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="171"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="173"/>
        <source>Back to questions</source>
        <translation>返回题目</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="178"/>
        <source>Still open: {questions}. Rate each, or mark it not assessed (key 0) with a reason, before submitting.</source>
        <translation>尚未完成：{questions}。提交前，请为每题评分，或按 0 键标记为未评估并注明原因。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="187"/>
        <source>Submitting locks the interview; a later change asks for a reason, which is kept.</source>
        <translation>提交后面试即锁定；之后如需修改，须填写原因，原因会一并保存。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="220"/>
        <source>Summary too long</source>
        <translation>总结过长</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="221"/>
        <source>The summary holds {n} characters; at most {limit} can be kept. Shorten it and submit again.</source>
        <translation>总结共 {n} 个字符，最多只能保存 {limit} 个。请删减后再提交。</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="55"/>
        <source>Overall {score} of 5</source>
        <translation>综合得分 {score} / 5</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="59"/>
        <source>Coverage {percent}% · {status}</source>
        <translation>完成度 {percent}% · {status}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="72"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="72"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="73"/>
        <source>Rated</source>
        <translation>已评题数</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="73"/>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="95"/>
        <source>The panel&apos;s recommendation contradicts the overall score: a yes below {low} or a no at {high} or more. Read the notes before deciding.</source>
        <translation>面试小组的录用建议与综合得分相矛盾：综合得分低于 {low} 却建议录用，或达到 {high} 及以上却建议不录用。请先阅读面试记录再作决定。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="128"/>
        <source>less than {threshold}% of the kit was rated</source>
        <translation>已评分的题目不足 {threshold}%</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="131"/>
        <source>not rated, though every kit must: {names}</source>
        <translation>未评分（每套面试题都必须评估）：{names}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="134"/>
        <source>not rated, left out of the overall: {names}</source>
        <translation>未评分，未计入综合得分：{names}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/scorecard.py" line="106"/>
        <source>Interviewers disagree by {gap} or more on: {questions}</source>
        <translation>面试官评分相差 {gap} 分或以上的题目：{questions}</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="36"/>
        <source>Start interview — {name}</source>
        <translation>开始面试 — {name}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="41"/>
        <source>{name} · {minutes} min</source>
        <translation>{name} · {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="50"/>
        <source>&amp;Add interviewer…</source>
        <translation>添加面试官(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="57"/>
        <source>&amp;Kit</source>
        <translation>面试方案(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="59"/>
        <source>&amp;Interviewer</source>
        <translation>面试官(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="62"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="95"/>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="103"/>
        <source>Add interviewer</source>
        <translation>添加面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/start_dialog.py" line="104"/>
        <source>A name of at most {limit} characters, please.</source>
        <translation>姓名最多 {limit} 个字符。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="52"/>
        <source>Opening · {minutes} min</source>
        <translation>开场 · {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="53"/>
        <source>Close · {minutes} min</source>
        <translation>结束 · {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="54"/>
        <source>{kit} · for the role of {role}</source>
        <translation>{kit} · 应聘岗位：{role}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="56"/>
        <source>Say to the candidate</source>
        <translation>对候选人说</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="63"/>
        <source>Taking notes</source>
        <translation>记录要求</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="64"/>
        <source>Follow-up probes</source>
        <translation>追问规则</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="66"/>
        <source>Never ask about</source>
        <translation>切勿询问</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="69"/>
        <source>PgDn: the first question</source>
        <translation>PgDn：进入第一题</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/kit_steps.py" line="70"/>
        <source>PgUp: back to the last question · Ctrl+Enter: the scorecard and your recommendation</source>
        <translation>PgUp：返回最后一题 · Ctrl+Enter：打开评分汇总并给出录用建议</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="35"/>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="36"/>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="37"/>
        <source>Interviews</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="38"/>
        <source>Changes to submitted interviews</source>
        <translation>已提交面试的修改</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="39"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="40"/>
        <source>Observations ticked</source>
        <translation>勾选的观察项</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="41"/>
        <source>Written replies</source>
        <translation>书面作答</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="42"/>
        <source>Decisions</source>
        <translation>录用决定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="48"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="49"/>
        <source>Candidate details</source>
        <translation>候选人信息</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="50"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="51"/>
        <source>Change to a submitted interview</source>
        <translation>对已提交面试的修改</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="52"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="53"/>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="54"/>
        <source>Written reply</source>
        <translation>书面作答</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="55"/>
        <source>Decision</source>
        <translation>录用决定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="60"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="60"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="60"/>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="61"/>
        <source>position</source>
        <translation>应聘岗位</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="61"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="62"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="62"/>
        <source>consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="63"/>
        <source>consent wording</source>
        <translation>知情同意书版本</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="63"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="64"/>
        <source>recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="64"/>
        <source>summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="65"/>
        <source>submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="65"/>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="66"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="66"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="67"/>
        <source>STAR notes</source>
        <translation>STAR 笔记</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="67"/>
        <source>ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="68"/>
        <source>reply</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="68"/>
        <source>decision</source>
        <translation>录用决定</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="69"/>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="69"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="74"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="80"/>
        <source>Candidates erased or merged: {n}</source>
        <translation>已删除或已合并的候选人：{n}</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="81"/>
        <source>Nothing: this laptop holds no data yet.</source>
        <translation>无：本机还没有任何数据。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="85"/>
        <source>new candidates</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="86"/>
        <source>new interviews</source>
        <translation>新面试</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="87"/>
        <source>other new records</source>
        <translation>其他新记录</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="88"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="89"/>
        <source>erased</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="90"/>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="91"/>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="93"/>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/sync_dialogs.py" line="98"/>
        <source>already imported: nothing changed</source>
        <translation>已导入过：没有任何变化</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../recruit_desk/ui/welcome.py" line="56"/>
        <source>Welcome to Recruit Desk</source>
        <translation>欢迎使用 Recruit Desk</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/welcome.py" line="58"/>
        <source>There are no candidates yet. Add the first one, or load a demo set of candidates and interviews to look around.</source>
        <translation>还没有候选人。请添加第一位候选人，或加载一组演示候选人和面试记录，先熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/welcome.py" line="60"/>
        <source>Add the first candidate (Ctrl+N)</source>
        <translation>添加第一位候选人 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/welcome.py" line="61"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="104"/>
        <source>&amp;New candidate (Ctrl+N)</source>
        <translation>新建候选人(&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="105"/>
        <source>Start &amp;interview (Ctrl+I)</source>
        <translation>开始面试(&amp;I) (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="106"/>
        <source>&amp;Find candidate</source>
        <translation>查找候选人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="107"/>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="108"/>
        <source>&amp;Delete candidate and all their data…</source>
        <translation>删除候选人及其全部信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="109"/>
        <source>Record &amp;decision… (Ctrl+D)</source>
        <translation>记录录用决定(&amp;D)… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="110"/>
        <source>&amp;Export PDF report (Ctrl+E)</source>
        <translation>导出 PDF 报告(&amp;E) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="111"/>
        <source>&amp;Compare selected (Ctrl+Shift+E)</source>
        <translation>对比所选候选人(&amp;C) (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="112"/>
        <source>Export &amp;all reports…</source>
        <translation>导出全部报告(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="114"/>
        <source>&amp;Export for another laptop…</source>
        <translation>导出给其他电脑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="115"/>
        <source>&amp;Import a bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="116"/>
        <source>&amp;Sync with a folder…</source>
        <translation>同步文件夹(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="117"/>
        <source>&amp;Conflicts to resolve…</source>
        <translation>待处理的冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="118"/>
        <source>Possible &amp;duplicates…</source>
        <translation>可能重复的候选人(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="119"/>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>本机名称(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="120"/>
        <source>&amp;Backups and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="121"/>
        <source>&amp;Personal data: retention, audit log, encryption…</source>
        <translation>个人数据：保留期限、操作记录、加密(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="122"/>
        <source>&amp;Job fair… (Ctrl+J)</source>
        <translation>招聘会(&amp;J)… (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="123"/>
        <source>&amp;Text size…</source>
        <translation>文字大小(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="124"/>
        <source>&amp;Calibration: how interviewers rate…</source>
        <translation>评分校准(&amp;C)：面试官的评分情况…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="125"/>
        <source>&amp;Rating practice…</source>
        <translation>评分练习(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="126"/>
        <source>&amp;Candidates</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="127"/>
        <source>&amp;Laptops</source>
        <translation>多台电脑(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="128"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../recruit_desk/ui/window_menus.py" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
</TS>
