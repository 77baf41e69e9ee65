// Generated from openapi.json by `npm run gen:api` (make openapi). Do not edit by hand.

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (and sign in)
         * @description Creates the account with a default question bank and templates, and starts a browser
         *     session (cookie). API clients then create a personal token under `/me/tokens`.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (browser session cookie)
         * @description Sets an HttpOnly session cookie. Wrong password and unknown e-mail answer alike (401);
         *     too many failures for one account or address answer 429 with `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the browser session (or revokes the bearer token used to call it) and clears the
         *     cookies. Calling it when already signed out is harmless.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a bearer token (OAuth2 password)
         * @description The OAuth2 password flow, as used by the interactive docs' **Authorize** button.
         *     Ask for `scope=read` to get a read-only token; the default is `read write`.
         */
        post: operations["issue_oauth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot your password: e-mail a link to set a new one
         * @description When an account has this address, the worker e-mails it a link to the dashboard's
         *     `/reset-password` page, valid for one hour and once. The answer is the same whether or not
         *     an account has the address (nobody learns who has one). At most three links an hour go to
         *     one account; more requests are answered alike and send nothing. A server without
         *     `RAPPORT_SMTP_HOST` sends nothing and says so (`email_enabled: false`).
         */
        post: operations["request_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the link from the e-mail
         * @description Sets the new password, ends every browser session and password-grant token (personal
         *     tokens stay, as when you change it yourself) and clears failed sign-ins. It does not sign
         *     you in. The link then stops working, as does any older one.
         */
        post: operations["confirm_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile and settings */
        get: operations["get_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your profile or settings
         * @description A partial update: only the fields you send change (also inside `settings`).
         */
        patch: operations["update_me"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Signs out every other browser session and password-grant token; personal tokens stay.
         *     A wrong `current_password` answers 422 and counts as a failed sign-in.
         */
        post: operations["change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete your account and everything in it
         * @description For good, at once, once `password` is your current one (else 403, counted as a failed
         *     sign-in): your profile, contacts, touches, interviews, question bank, referrals, reminders,
         *     templates, shares (counselors lose access; their comments and the access logs go too),
         *     webhooks with their deliveries, e-mails not yet sent, and every session and token, this one
         *     included. Download `GET /api/v1/export` first to keep a copy. Shares other students made for
         *     your address are theirs and stay. The address can register again, as a new and empty
         *     account.
         */
        post: operations["delete_account"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your personal tokens
         * @description All of them in one page (at most 50 exist), newest first. Secrets are never shown again.
         */
        get: operations["list_tokens"];
        put?: never;
        /**
         * Create a personal token
         * @description The answer holds the secret `token` — the only time it is ever shown.
         */
        post: operations["create_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One personal token */
        get: operations["get_token"];
        put?: never;
        post?: never;
        /**
         * Revoke a personal token
         * @description Takes effect at once: the next request with this token answers 401.
         */
        delete: operations["revoke_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search contacts */
        get: operations["list_contacts"];
        put?: never;
        /** Add a contact */
        post: operations["create_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact */
        get: operations["get_contact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Also deletes the contact's touches, interviews, reminders and the referrals they gave or
         *     received. People they referred are kept.
         */
        delete: operations["delete_contact"];
        options?: never;
        head?: never;
        /**
         * Change a contact
         * @description A partial update. Send `If-Match` with the ETag you read to refuse (412) overwriting a
         *     change made elsewhere in the meantime.
         */
        patch: operations["update_contact"];
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's touches, newest first */
        get: operations["list_interactions"];
        put?: never;
        /**
         * Log a touch
         * @description Updates the contact's `last_contacted_at` and `next_touch_due` (and its keep-in-touch
         *     reminder). An e-mail, call, message or LinkedIn touch moves an `identified` contact to
         *     `reached_out`.
         */
        post: operations["create_interaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/{interaction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One touch */
        get: operations["get_interaction"];
        put?: never;
        post?: never;
        /** Delete a touch */
        delete: operations["delete_interaction"];
        options?: never;
        head?: never;
        /** Change a touch */
        patch: operations["update_interaction"];
        trace?: never;
    };
    "/api/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List interviews by time
         * @description Ordered by `scheduled_at` (soonest first); interviews without a time come last. With
         *     `from` or `to`, interviews without a time are left out.
         */
        get: operations["list_interviews"];
        put?: never;
        /**
         * Plan an interview
         * @description Creates an interview with one of your contacts (`contact_id` of another user's or a missing contact → 422, nothing written). `pitch` starts as your own pitch; the checklist starts with prep items (research the person and the organization, pitch ready, time/place/platform verified, questions ready) and follow-up items (thank-you sent, LinkedIn connection, referrals recorded, follow-up planned).
         *
         *     **What happens automatically** (on status changes only; editing other fields never re-triggers
         *     it, and a contact stage you set by hand is never moved back):
         *
         *     - `requested`: the contact moves forward to `reached_out`.
         *     - `scheduled` (needs `scheduled_at`; the default status when a time is given): the contact moves
         *       forward to `scheduled`; webhook `interview.scheduled` (sent again when the time changes).
         *     - `completed`: `completed_at` is set (default now; at most a day ahead); the contact moves
         *       forward to `interviewed`; its `last_contacted_at` / `next_touch_due` are recomputed (a completed
         *       interview counts as a touch); one `thank_you` reminder (due `thank_you_within_hours` later) and
         *       one `follow_up` reminder (due `follow_up_after_days` later) are created; webhook
         *       `interview.completed`. Completing again, or editing a completed interview, never adds a second
         *       reminder of either kind — also after cancelling and completing again, when a reminder of that
         *       kind that was already done or dismissed is kept and not re-created. Changing `completed_at`
         *       moves the open reminders with it.
         *     - Leaving `completed` (`cancelled`, `no_show`, or reopened as `requested`/`scheduled`):
         *       `completed_at` is cleared, the interview's *open* thank-you / follow-up reminders are removed
         *       (done ones stay), and the contact's touch state is recomputed. The contact's stage stays.
         *     - Referrals to the contact follow its stage (`scheduled`, `interviewed`).
         */
        post: operations["create_interview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{interview_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interview */
        get: operations["get_interview"];
        put?: never;
        post?: never;
        /**
         * Delete an interview
         * @description Deletes its reminders too (automatic and manual); referrals that came up in it are kept
         *     without `interview_id`. The contact's stage stays; its touch state is recomputed.
         */
        delete: operations["delete_interview"];
        options?: never;
        head?: never;
        /**
         * Change, complete or cancel an interview
         * @description A partial update. `questions` replaces the whole ordered list (send items' `id`s back to keep them); `checklist` is merged by `key` (tick an item with `[{"key": "pitch_ready", "done": true}]`).
         *
         *     **What happens automatically** (on status changes only; editing other fields never re-triggers
         *     it, and a contact stage you set by hand is never moved back):
         *
         *     - `requested`: the contact moves forward to `reached_out`.
         *     - `scheduled` (needs `scheduled_at`; the default status when a time is given): the contact moves
         *       forward to `scheduled`; webhook `interview.scheduled` (sent again when the time changes).
         *     - `completed`: `completed_at` is set (default now; at most a day ahead); the contact moves
         *       forward to `interviewed`; its `last_contacted_at` / `next_touch_due` are recomputed (a completed
         *       interview counts as a touch); one `thank_you` reminder (due `thank_you_within_hours` later) and
         *       one `follow_up` reminder (due `follow_up_after_days` later) are created; webhook
         *       `interview.completed`. Completing again, or editing a completed interview, never adds a second
         *       reminder of either kind — also after cancelling and completing again, when a reminder of that
         *       kind that was already done or dismissed is kept and not re-created. Changing `completed_at`
         *       moves the open reminders with it.
         *     - Leaving `completed` (`cancelled`, `no_show`, or reopened as `requested`/`scheduled`):
         *       `completed_at` is cleared, the interview's *open* thank-you / follow-up reminders are removed
         *       (done ones stay), and the contact's touch state is recomputed. The contact's stage stays.
         *     - Referrals to the contact follow its stage (`scheduled`, `interviewed`).
         */
        patch: operations["update_interview"];
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contact's touches and interviews, newest first
         * @description Touches (by `occurred_at`) and interviews (by `completed_at`, else `scheduled_at`, else
         *     creation) in one list, newest first.
         */
        get: operations["contact_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the question bank
         * @description Ordered by category (A–Z), then priority (5 first).
         */
        get: operations["list_questions"];
        put?: never;
        /** Add a question to the bank */
        post: operations["create_question"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{question_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One question */
        get: operations["get_question"];
        put?: never;
        post?: never;
        /**
         * Delete a question
         * @description Interviews that used it keep their own copy of the text.
         */
        delete: operations["delete_question"];
        options?: never;
        head?: never;
        /** Change or archive a question */
        patch: operations["update_question"];
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referrals
         * @description Newest first.
         */
        get: operations["list_referrals"];
        put?: never;
        /**
         * Record a referral
         * @description Records that `referrer_contact_id` suggested someone — an existing contact
         *     (`referred_contact_id`) or a new one (`referred`). The referred contact's
         *     `referred_by_contact_id` is set if it was empty, and the referral's `status` starts from the
         *     referred contact's stage and follows it from then on.
         *
         *     Refused, with nothing written: a contact or interview that is not yours (422 naming the
         *     field), an interview with someone other than the referrer (422), a referral to the referrer
         *     themselves (422), the same referrer → referred pair twice (409).
         *     Webhook: `referral.created` (and `contact.created` for an inline contact).
         */
        post: operations["create_referral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referral_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One referral */
        get: operations["get_referral"];
        put?: never;
        post?: never;
        /**
         * Delete a referral
         * @description Both contacts stay. Deleting a contact deletes the referrals it gave or received.
         */
        delete: operations["delete_referral"];
        options?: never;
        head?: never;
        /** Change a referral */
        patch: operations["update_referral"];
        trace?: never;
    };
    "/api/v1/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your referral graph and its yield
         * @description Nodes are the contacts that referred someone or were referred (with their stage); each
         *     referral is an edge from referrer (`source`) to referred (`target`). At most 2 000 edges
         *     (`truncated` says when there are more). `referral_yield`: referrals per completed interview
         *     and how many referred people you have interviewed.
         */
        get: operations["get_network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reminders, soonest first
         * @description Ordered by `due_at`. For "what's due today?" ask for `status=open` and
         *     `due_before=<tomorrow's midnight in your time zone>`.
         */
        get: operations["list_reminders"];
        put?: never;
        /** Add a reminder */
        post: operations["create_reminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders/{reminder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reminder */
        get: operations["get_reminder"];
        put?: never;
        post?: never;
        /**
         * Delete a reminder
         * @description The open keep-in-touch reminder of a contact with a cadence cannot be deleted (409);
         *     remove the contact's `keep_in_touch_days` to stop it.
         */
        delete: operations["delete_reminder"];
        options?: never;
        head?: never;
        /**
         * Snooze, complete or change a reminder
         * @description `status: done` sets `done_at`; back to `open` clears it. Snooze by sending a new
         *     `due_at`. Marking a `keep_in_touch` reminder done logs a touch (kind `note`) with the
         *     contact, which restarts the cadence and creates the next keep-in-touch reminder. A snoozed
         *     keep-in-touch reminder moves back in step with the cadence when the next touch is logged.
         *     The open keep-in-touch reminder of a contact with a cadence cannot be dismissed (409): mark
         *     it done, snooze it, or remove the contact's cadence.
         */
        patch: operations["update_reminder"];
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List e-mail templates
         * @description Oldest first: the four seeded defaults (outreach, thank-you, follow-up, check-in), then
         *     your own.
         */
        get: operations["list_templates"];
        put?: never;
        /**
         * Add a template
         * @description Placeholders are checked here: an unknown or malformed one answers 422 naming it.
         */
        post: operations["create_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template */
        get: operations["get_template"];
        put?: never;
        post?: never;
        /** Delete a template */
        delete: operations["delete_template"];
        options?: never;
        head?: never;
        /** Change a template */
        patch: operations["update_template"];
        trace?: never;
    };
    "/api/v1/templates/{template_id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a template for a contact
         * @description Fills the placeholders with the contact's details (and the interview's, if given) and
         *     answers a ready-to-send draft with a `mailto:` link. Substitution is plain text: values are
         *     inserted as they are, never interpreted. `{interview_date}` is written in your time zone;
         *     `{my_pitch}` is the interview's pitch when one is given, else your own.
         */
        post: operations["render_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due, what is coming, how it is going
         * @description Stage counts, interviews in the next 14 days, reminders due within 7 days (and overdue),
         *     contacts overdue for a touch, 12 weeks of activity and the referral yield. Days and weeks are
         *     counted in your time zone (`timezone` in your profile).
         */
        get: operations["get_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your private calendar feed URL
         * @description Paste `url` into Google Calendar (Other calendars → From URL), Apple Calendar (File → New
         *     Calendar Subscription) or Outlook (Add calendar → Subscribe from web). The feed holds your
         *     scheduled and completed interviews and your open reminders (with an alarm); calendar apps
         *     refresh it every few hours.
         */
        get: operations["get_calendar_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace your calendar feed URL
         * @description The old URL answers 404 from now on; subscribe your calendar apps to the new one.
         */
        post: operations["rotate_calendar_feed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything (JSON)
         * @description A `rapport-export` version 1 document with your profile and settings, contacts,
         *     touches, interviews, question bank, referrals, reminders, templates and webhooks. Secrets
         *     (password, tokens, the calendar URL, webhook signing secrets) are never included. Load it
         *     into another account with `POST /api/v1/imports/archive`.
         */
        get: operations["export_everything"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/contacts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export contacts (CSV)
         * @description One row per contact, in the columns `POST /imports/contacts` reads back (tags separated
         *     by `;`). Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
         *     tab or carriage return) are prefixed with `'`; an import removes that prefix again.
         */
        get: operations["export_contacts_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/contacts.vcf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export contacts (vCard)
         * @description vCard 3.0 (RFC 2426), which Google Contacts, Apple Contacts and Outlook import: name,
         *     e-mail, phone, organization, title, location, LinkedIn URL, notes and tags (as
         *     `CATEGORIES`).
         */
        get: operations["export_contacts_vcf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from a file
         * @description Recognized from the content: our own CSV (the columns of
         *     `GET /api/v1/export/contacts.csv`; tags separated by `;`), LinkedIn's `Connections.csv`
         *     (note lines above the header are fine), a Google Contacts CSV export, an Outlook-style CSV
         *     with name and e-mail columns, or vCard 2.1/3.0/4.0 with any number of cards.
         *
         *     Each row is matched with your contacts by e-mail (ignoring case), then by LinkedIn URL
         *     (ignoring `www.`, query and trailing slash): a match is **updated** (non-empty values in the
         *     file replace stored ones, empty cells never clear anything, tags are added), anything else
         *     is **created** with your default keep-in-touch cadence. Rows for the same person within the
         *     file are combined. Importing the same file again changes nothing.
         *
         *     A row that fails validation (e.g. an invalid e-mail address) is reported in `errors` with its
         *     row number and skipped; the other rows are imported. The file as a whole is refused (422,
         *     nothing written) when it is not text, has no recognizable header, or has more than
         *     10 000 rows.
         */
        post: operations["import_contacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a full export
         * @description Loads everything in the archive into your account, all or nothing: contacts, touches,
         *     interviews, question bank, referrals, reminders, templates, and your profile settings (not
         *     your e-mail address or password). Every record gets a new id; references between records
         *     are kept. Each record is validated with the same limits as the API, and every reference must
         *     point to a record in the archive: otherwise 422 lists the problems (`errors[].field` is
         *     e.g. `contacts.3.email`) and nothing changes.
         *
         *     Meant for a new account: 409 if yours already has contacts or reminders. Your question bank
         *     and templates are replaced by the archive's. Webhooks are listed in `skipped` (their signing
         *     secrets are never exported: create them again).
         */
        post: operations["restore_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortcuts/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a touch by name or e-mail (creating the contact if new)
         * @description Finds the contact by e-mail address or exact name, creates them if nobody matches, and
         *     logs the touch, which resets their keep-in-touch cadence. Two contacts with the same name
         *     answer 409 (send the e-mail address). Send an `Idempotency-Key` header so that a retry on a
         *     flaky connection does not log the touch twice. `Location` is the new touch.
         */
        post: operations["quick_log"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortcuts/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due today (compact)
         * @description Open reminders and keep-in-touch touches due by the end of today in your time zone,
         *     overdue ones included (flagged `overdue`), plus `text`, a ready-to-show summary.
         */
        get: operations["due_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your webhooks
         * @description Newest first. Signing secrets are never shown again after creation.
         */
        get: operations["list_webhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description The answer holds the signing `secret` — the only time it is shown. Each delivery is a
         *     JSON `POST` `{"type", "timestamp", "data"}` with the Standard Webhooks headers
         *     `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64-decoded part of the secret
         *     after `whsec_`). A 2xx answer within 10 s counts as delivered; anything else is retried with
         *     backoff for about a day. At most 10 webhooks per account.
         */
        post: operations["create_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook */
        get: operations["get_webhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deliveries not yet sent are dropped with it.
         */
        delete: operations["delete_webhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook
         * @description A partial update; a new `url` is checked like a new webhook's. The secret stays.
         */
        patch: operations["update_webhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's delivery log, newest first */
        get: operations["list_webhook_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your shares with counselors
         * @description Newest first, revoked and expired ones included, each with its scope, expiry, the
         *     counselor's last access and how many comments they left. The link is never shown again.
         */
        get: operations["list_shares"];
        put?: never;
        /**
         * Share your progress with a counselor
         * @description Creates a read-only share for a counselor's e-mail address. The answer holds the secret `link` (and its `token`) — **the only time it is shown**; only its hash is stored. Give the link to the counselor: it opens the dashboard's read-only view. A counselor with a Rapport account with this address (opened before the share) also finds it under “Shared with me”. Nothing is e-mailed. Refused: your own address (422), more than 50 shares (409), an expiry in the past or over 365 days ahead (422), a scope that shows nothing (422).
         *
         *     **What the counselor sees** — only the parts the scope names, field by field, never an e-mail
         *     address, a phone number, or a contact's notes and research notes:
         *     - always: your name, the scope, the expiry, and their own comments;
         *     - `pipeline`: counts per stage; each contact's name, organization and stage;
         *     - `interviews`: each interview's contact (name, organization), time, completion, status, goals
         *       and takeaways;
         *     - `notes` (off by default): interview notes (with `interviews`) and your touches' summaries;
         *     - `referrals`: the referral graph (names, organizations, stages) and its yield.
         *
         *     Limits: 50 shares per account; expiry at most 365 days ahead (default
         *     30); comments up to 5000 characters, 500 per share.
         */
        post: operations["create_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{share_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One share */
        get: operations["get_share"];
        put?: never;
        post?: never;
        /**
         * Delete a share
         * @description Ends the counselor's access like revoking does, and deletes the share's access log and
         *     comments too.
         */
        delete: operations["delete_share"];
        options?: never;
        head?: never;
        /**
         * Change a share's scope, expiry or counselor name
         * @description A partial update (`scope` too: only the parts you send change); it applies to the counselor's next request. A revoked share cannot change (409).
         *
         *     **What the counselor sees** — only the parts the scope names, field by field, never an e-mail
         *     address, a phone number, or a contact's notes and research notes:
         *     - always: your name, the scope, the expiry, and their own comments;
         *     - `pipeline`: counts per stage; each contact's name, organization and stage;
         *     - `interviews`: each interview's contact (name, organization), time, completion, status, goals
         *       and takeaways;
         *     - `notes` (off by default): interview notes (with `interviews`) and your touches' summaries;
         *     - `referrals`: the referral graph (names, organizations, stages) and its yield.
         *
         *     Limits: 50 shares per account; expiry at most 365 days ahead (default
         *     30); comments up to 5000 characters, 500 per share.
         */
        patch: operations["update_share"];
        trace?: never;
    };
    "/api/v1/shares/{share_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a share at once
         * @description The counselor's very next request fails — by the link (401) or under “Shared with me”
         *     (404) — on every server at once. The share stays listed with its access log and comments
         *     until you delete it. Revoking twice changes nothing.
         */
        post: operations["revoke_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{share_id}/accesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A share's access log
         * @description Every request the counselor made with this share — when, what they opened, and whether by
         *     the link or their account — newest first.
         */
        get: operations["list_share_accesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{share_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The counselor's comments on a share
         * @description On the share and on its interviews, newest first.
         */
        get: operations["list_share_comments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{interview_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counselors' comments on one of your interviews
         * @description From every share, newest first.
         */
        get: operations["list_interview_comments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a counselor's comment
         * @description Any comment on any of your shares; the counselor no longer sees it either.
         */
        delete: operations["delete_comment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shared with me
         * @description For a counselor's link: its own share. For a signed-in account: every live share made for
         *     its e-mail address since the account was opened, newest first. Listing opens no share's
         *     data, so it is not logged.
         */
        get: operations["list_shared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A share shared with you
         * @description The student's name, the scope and expiry; with `pipeline`, the count of contacts per
         *     stage. Works with the share's link (`Authorization: Bearer rpc_…`) or signed in with an
         *     account with the share's e-mail address; a revoked or expired share answers 401 to its link
         *     and 404 to an account. Every request is in the student's access log.
         */
        get: operations["get_shared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The student's pipeline (scope `pipeline`)
         * @description Each contact's name, organization and stage, by name. 404 unless the share shows the
         *     pipeline.
         */
        get: operations["list_shared_contacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The student's interviews (scope `interviews`)
         * @description Latest first (those without a time last): with whom, when, status, goals and takeaways;
         *     `notes` only when the share shows notes. 404 unless the share shows interviews.
         */
        get: operations["list_shared_interviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}/touches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The student's touches with their summaries (scope `notes`)
         * @description Newest first: with whom, the kind, when, and the summary. 404 unless the share shows
         *     notes.
         */
        get: operations["list_shared_touches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The student's referral graph (scope `referrals`)
         * @description The same graph the student sees under Network: names, organizations and stages of the
         *     people in it, who referred whom, and the yield. 404 unless the share shows referrals.
         */
        get: operations["get_shared_network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{shared_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your comments on a share
         * @description Newest first (the student may have deleted some).
         */
        get: operations["list_shared_comments"];
        put?: never;
        /**
         * Leave a comment for the student
         * @description The only thing a counselor can write: a comment on the share, or on one of its interviews (`interview_id`, when the share shows interviews; else 422). The student sees it on their dashboard and can delete it. At most 500 comments per share (409).
         */
        post: operations["create_shared_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{feed_token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calendar feed (iCalendar)
         * @description Read-only and addressed by its secret token (no other credential needed or accepted).
         *     Events keep stable UIDs (`interview-<id>@rapport`, `reminder-<id>@rapport`), so calendar apps
         *     update them in place. An unknown or rotated token answers 404.
         */
        get: operations["get_calendar_feed_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is alive
         * @description Answers without touching the database, so it stays 200 while the database is down.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AccessVia
         * @enum {string}
         */
        AccessVia: "link" | "account";
        /**
         * AccessWhat
         * @description What a counselor opened (one row of the access log per request).
         * @enum {string}
         */
        AccessWhat: "overview" | "contacts" | "interviews" | "touches" | "network" | "comments" | "comment_added";
        /** AccountDeletion */
        AccountDeletion: {
            /**
             * Password
             * @description Your current password.
             */
            password: string;
        };
        /**
         * Archive
         * @description Everything one account owns, except secrets (password, tokens, the calendar feed URL,
         *     webhook signing secrets).
         */
        Archive: {
            /**
             * Format
             * @description Always `rapport-export`.
             * @constant
             */
            format: "rapport-export";
            /**
             * Version
             * @description The format version; this is version 1.
             * @constant
             */
            version: 1;
            /** Exported At */
            exported_at?: string | null;
            user: components["schemas"]["ArchiveUser"];
            /**
             * Contacts
             * @default []
             */
            contacts?: components["schemas"]["ArchiveContact"][];
            /**
             * Interactions
             * @default []
             */
            interactions?: components["schemas"]["ArchiveInteraction"][];
            /**
             * Interviews
             * @default []
             */
            interviews?: components["schemas"]["ArchiveInterview"][];
            /**
             * Questions
             * @description Your question bank.
             * @default []
             */
            questions?: components["schemas"]["ArchiveQuestion"][];
            /**
             * Referrals
             * @default []
             */
            referrals?: components["schemas"]["ArchiveReferral"][];
            /**
             * Reminders
             * @default []
             */
            reminders?: components["schemas"]["ArchiveReminder"][];
            /**
             * Templates
             * @description E-mail templates.
             * @default []
             */
            templates?: components["schemas"]["ArchiveTemplate"][];
            /**
             * Webhooks
             * @description Webhooks, without their secrets (a restore skips them).
             * @default []
             */
            webhooks?: components["schemas"]["ArchiveWebhook"][];
        };
        /** ArchiveChecklistItem */
        ArchiveChecklistItem: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            /**
             * Phase
             * @default prep
             * @enum {string}
             */
            phase?: "prep" | "follow_up";
            /**
             * Done
             * @default false
             */
            done?: boolean;
        };
        /** ArchiveContact */
        ArchiveContact: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /** Full Name */
            full_name: string;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Organization */
            organization?: string | null;
            /** Title */
            title?: string | null;
            /** Location */
            location?: string | null;
            /** @default other */
            connection?: components["schemas"]["Connection"];
            /**
             * Connection Note
             * @description How you know them, in words that can go into an outreach e-mail.
             * @default
             * @example We were both in the Rivera lab; you supervised my 2021 summer project.
             */
            connection_note?: string;
            /**
             * Tags
             * @description Up to 30 tags of up to 40 characters; stored lower-case, without duplicates.
             * @default []
             * @example [
             *       "biotech",
             *       "phd-alum"
             *     ]
             */
            tags?: string[];
            /** @default identified */
            stage?: components["schemas"]["Stage"];
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Research Notes
             * @default
             */
            research_notes?: string;
            /** Keep In Touch Days */
            keep_in_touch_days?: number | null;
            /** Referred By Contact Id */
            referred_by_contact_id?: string | null;
            /**
             * Last Contacted At
             * @description Derived: recomputed on restore.
             */
            last_contacted_at?: string | null;
            /**
             * Next Touch Due
             * @description Derived: recomputed on restore.
             */
            next_touch_due?: string | null;
        };
        /** ArchiveInteraction */
        ArchiveInteraction: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /**
             * Contact Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            contact_id: string;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /**
             * Summary
             * @default
             * @example Sent a thank-you note and the article on CRISPR screens.
             */
            summary?: string;
            /** Url */
            url?: string | null;
        };
        /** ArchiveInterview */
        ArchiveInterview: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /**
             * Contact Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            contact_id: string;
            /** @default requested */
            status?: components["schemas"]["InterviewStatus"];
            /** Scheduled At */
            scheduled_at?: string | null;
            /**
             * Duration Minutes
             * @default 30
             */
            duration_minutes?: number;
            /** @default video */
            medium?: components["schemas"]["Medium"];
            /**
             * Location
             * @default
             */
            location?: string;
            /**
             * Goals
             * @default
             */
            goals?: string;
            /**
             * Pitch
             * @default
             */
            pitch?: string;
            /**
             * Questions
             * @default []
             */
            questions?: components["schemas"]["ArchiveInterviewQuestion"][];
            /**
             * Checklist
             * @default []
             */
            checklist?: components["schemas"]["ArchiveChecklistItem"][];
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Takeaways
             * @default
             */
            takeaways?: string;
            /**
             * Asked For Referrals
             * @default false
             */
            asked_for_referrals?: boolean;
            /** Completed At */
            completed_at?: string | null;
        };
        /** ArchiveInterviewQuestion */
        ArchiveInterviewQuestion: {
            /** Id */
            id?: string | null;
            /** Text */
            text: string;
            /**
             * Priority
             * @default 3
             */
            priority?: number;
            /**
             * Asked
             * @default false
             */
            asked?: boolean;
            /**
             * Notes
             * @default
             */
            notes?: string;
            /** Bank Question Id */
            bank_question_id?: string | null;
        };
        /** ArchiveQuestion */
        ArchiveQuestion: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /** Text */
            text: string;
            /**
             * Category
             * @default general
             */
            category?: string;
            /**
             * Priority
             * @default 3
             */
            priority?: number;
            /**
             * Archived
             * @default false
             */
            archived?: boolean;
        };
        /** ArchiveReferral */
        ArchiveReferral: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /**
             * Referrer Contact Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            referrer_contact_id: string;
            /**
             * Referred Contact Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            referred_contact_id: string;
            /** Interview Id */
            interview_id?: string | null;
            /**
             * Note
             * @default
             */
            note?: string;
            /**
             * Intro Offered
             * @default false
             */
            intro_offered?: boolean;
            /** @default suggested */
            status?: components["schemas"]["ReferralStatus"];
        };
        /** ArchiveReminder */
        ArchiveReminder: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /** @default custom */
            kind?: components["schemas"]["ReminderKind"];
            /** Title */
            title: string;
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Contact Id */
            contact_id?: string | null;
            /** Interview Id */
            interview_id?: string | null;
            /** @default open */
            status?: components["schemas"]["ReminderStatus"];
            /** Done At */
            done_at?: string | null;
            /**
             * Auto
             * @default false
             */
            auto?: boolean;
        };
        /** ArchiveSettings */
        ArchiveSettings: {
            /** Default Keep In Touch Days */
            default_keep_in_touch_days?: number | null;
            /**
             * Thank You Within Hours
             * @default 24
             */
            thank_you_within_hours?: number;
            /**
             * Follow Up After Days
             * @default 14
             */
            follow_up_after_days?: number;
            /**
             * Email Reminders
             * @default false
             */
            email_reminders?: boolean;
            /**
             * Digest Hour
             * @default 8
             */
            digest_hour?: number;
        };
        /** ArchiveTemplate */
        ArchiveTemplate: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            kind: components["schemas"]["TemplateKind"];
            /** Name */
            name: string;
            /**
             * Subject
             * @default
             */
            subject?: string;
            /** Body */
            body: string;
        };
        /**
         * ArchiveUser
         * @description Your profile and settings. A restore applies name, time zone, pitch and settings to the
         *     account it loads into; never the e-mail address or password (which are not exported).
         */
        ArchiveUser: {
            /**
             * Email
             * @default
             */
            email?: string;
            /** Name */
            name: string;
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name (as listed in the tz database, e.g. `Europe/Berlin`); any other name is refused (422).
             * @default UTC
             * @example America/New_York
             */
            timezone?: string;
            /**
             * Pitch
             * @default
             */
            pitch?: string;
            settings?: components["schemas"]["ArchiveSettings"];
            /** Created At */
            created_at?: string | null;
        };
        /**
         * ArchiveWebhook
         * @description For the record only: signing secrets are never exported, so restore skips webhooks
         *     (create them again to get new secrets).
         */
        ArchiveWebhook: {
            /**
             * Id
             * @description The id in the exporting account; a restore gives the record a new one.
             */
            id: string;
            /**
             * Created At
             * @description Kept on restore (default: the time of the restore).
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Kept on restore (default: the time of the restore).
             */
            updated_at?: string | null;
            /** Url */
            url: string;
            /**
             * Description
             * @default
             */
            description?: string;
            /**
             * Events
             * @default []
             */
            events?: components["schemas"]["WebhookEvent"][];
            /**
             * Active
             * @default true
             */
            active?: boolean;
        };
        /** Body_import_contacts */
        Body_import_contacts: {
            /**
             * File
             * @description A CSV or vCard file, UTF-8 (with or without a byte-order mark) or UTF-16 with one; at most 5 MiB (413 beyond).
             */
            file: string;
        };
        /** Body_issue_oauth_token */
        Body_issue_oauth_token: {
            /** Grant Type */
            grant_type?: string | null;
            /** Username */
            username: string;
            /**
             * Password
             * Format: password
             */
            password: string;
            /**
             * Scope
             * @default
             */
            scope?: string;
            /** Client Id */
            client_id?: string | null;
            /**
             * Client Secret
             * Format: password
             */
            client_secret?: string | null;
        };
        /** Body_restore_archive */
        Body_restore_archive: {
            /**
             * File
             * @description A JSON export from `GET /api/v1/export`, as is or gzipped; at most 5 MiB uploaded (gzip a larger one) and 100 MiB uncompressed.
             */
            file: string;
        };
        /** CalendarFeed */
        CalendarFeed: {
            /**
             * Url
             * @description Your private feed URL. Anyone who has it can read your interviews and reminders (and nothing else), so share it only with your calendar app; rotate it if it leaks.
             * @example https://rapport.example.edu/calendar/Q2hhbmdlIG1lIHBsZWFzZS4uLg.ics
             */
            url: string;
            /**
             * Webcal Url
             * @description The same feed as a `webcal://` link: opening it subscribes in Apple Calendar and Outlook.
             * @example webcal://rapport.example.edu/calendar/Q2hhbmdlIG1lIHBsZWFzZS4uLg.ics
             */
            webcal_url: string;
        };
        /** ChecklistItem */
        ChecklistItem: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            phase: components["schemas"]["Phase"];
            /** Done */
            done: boolean;
        };
        /**
         * ChecklistItemIn
         * @description Matched by `key`: a known key changes that item (only the fields you send); a new key
         *     adds a custom item (needs `label`); `remove: true` deletes the item. Keys are unique within
         *     one request.
         */
        ChecklistItemIn: {
            /**
             * Key
             * @description Lower-case letters, digits and `_`.
             * @example pitch_ready
             */
            key: string;
            /** Label */
            label?: string | null;
            phase?: components["schemas"]["Phase"] | null;
            /** Done */
            done?: boolean | null;
            /**
             * Remove
             * @default false
             */
            remove?: boolean;
        };
        /** CommentCreate */
        CommentCreate: {
            /**
             * Body
             * @example Great goals. Ask her how she negotiated her first industry offer.
             */
            body: string;
            /**
             * Interview Id
             * @description Comment on this interview (the share must show interviews); omit to comment on the share as a whole.
             */
            interview_id?: string | null;
        };
        /** CommentRead */
        CommentRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Share Id
             * Format: uuid
             */
            share_id: string;
            /**
             * Interview Id
             * @description The interview commented on; null for the share as a whole (also once the interview was deleted).
             */
            interview_id: string | null;
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /**
         * Connection
         * @enum {string}
         */
        Connection: "alum" | "former_supervisor" | "colleague" | "scholarly_society" | "friend" | "referral" | "cold" | "other";
        /** ContactCreate */
        ContactCreate: {
            /**
             * Email
             * @example sam@example.org
             */
            email?: string | null;
            /**
             * Phone
             * @example +1 555 0100
             */
            phone?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /**
             * Organization
             * @example Genentech
             */
            organization?: string | null;
            /**
             * Title
             * @example Senior Scientist
             */
            title?: string | null;
            /**
             * Location
             * @example South San Francisco, CA
             */
            location?: string | null;
            /**
             * @description How you are connected.
             * @default other
             */
            connection?: components["schemas"]["Connection"];
            /**
             * Connection Note
             * @description How you know them, in words that can go into an outreach e-mail.
             * @default
             * @example We were both in the Rivera lab; you supervised my 2021 summer project.
             */
            connection_note?: string;
            /**
             * Tags
             * @description Up to 30 tags of up to 40 characters; stored lower-case, without duplicates.
             * @default []
             * @example [
             *       "biotech",
             *       "phd-alum"
             *     ]
             */
            tags?: string[];
            /**
             * @description Where this person is in your workflow. Scheduling and completing interviews move it forward automatically; a stage you set yourself always wins.
             * @default identified
             */
            stage?: components["schemas"]["Stage"];
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Research Notes
             * @description What you learned about them and their organization.
             * @default
             */
            research_notes?: string;
            /**
             * Full Name
             * @example Sam Rivera
             */
            full_name: string;
            /**
             * Keep In Touch Days
             * @description Omit to use your default cadence (settings); null for none.
             */
            keep_in_touch_days?: number | null;
        };
        /** ContactRead */
        ContactRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Full Name */
            full_name: string;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Linkedin Url */
            linkedin_url: string | null;
            /** Organization */
            organization: string | null;
            /** Title */
            title: string | null;
            /** Location */
            location: string | null;
            connection: components["schemas"]["Connection"];
            /** Connection Note */
            connection_note: string;
            /** Tags */
            tags: string[];
            stage: components["schemas"]["Stage"];
            /** Notes */
            notes: string;
            /** Research Notes */
            research_notes: string;
            /** Keep In Touch Days */
            keep_in_touch_days: number | null;
            /**
             * Last Contacted At
             * @description Latest logged touch or completed interview (read-only).
             */
            last_contacted_at: string | null;
            /**
             * Next Touch Due
             * @description When the next touch is due: (last contact, or creation) + cadence (read-only; null without a cadence).
             */
            next_touch_due: string | null;
            /**
             * Referred By Contact Id
             * @description Who first referred this person to you (read-only; set by referrals).
             */
            referred_by_contact_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ContactSort
         * @enum {string}
         */
        ContactSort: "name" | "updated" | "created" | "last_contacted" | "next_touch_due";
        /**
         * ContactUpdate
         * @description A partial update: send only what changes. Null clears an optional field.
         */
        ContactUpdate: {
            /** Full Name */
            full_name?: string;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Organization */
            organization?: string | null;
            /** Title */
            title?: string | null;
            /** Location */
            location?: string | null;
            connection?: components["schemas"]["Connection"];
            /**
             * Connection Note
             * @description How you know them, in words that can go into an outreach e-mail.
             * @example We were both in the Rivera lab; you supervised my 2021 summer project.
             */
            connection_note?: string;
            /**
             * Tags
             * @description Up to 30 tags of up to 40 characters; stored lower-case, without duplicates.
             * @example [
             *       "biotech",
             *       "phd-alum"
             *     ]
             */
            tags?: string[];
            stage?: components["schemas"]["Stage"];
            /** Notes */
            notes?: string;
            /** Research Notes */
            research_notes?: string;
            /** Keep In Touch Days */
            keep_in_touch_days?: number | null;
        };
        /** Dashboard */
        Dashboard: {
            /**
             * Timezone
             * @description Your time zone: days and weeks below are counted in it.
             */
            timezone: string;
            /**
             * Today
             * Format: date
             * @description Today's date in your time zone.
             */
            today: string;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            stage_counts: components["schemas"]["StageCounts"];
            /**
             * Upcoming Interviews
             * @description Scheduled interviews from the start of today (your time zone) to 14 days from now, soonest first (at most 50).
             */
            upcoming_interviews: components["schemas"]["UpcomingInterview"][];
            /**
             * Due Reminders
             * @description Open reminders due by the end of the 7th day after today (your time zone), overdue ones included, soonest first (at most 100).
             */
            due_reminders: components["schemas"]["DueReminder"][];
            /**
             * Overdue Contacts
             * @description Contacts whose next touch is due (not closed), most overdue first (at most 100).
             */
            overdue_contacts: components["schemas"]["OverdueContact"][];
            /**
             * Weekly Activity
             * @description The last 12 weeks (Monday to Sunday in your time zone), oldest first, ending with the current week; weeks without activity included.
             */
            weekly_activity: components["schemas"]["WeekActivity"][];
            referral_yield: components["schemas"]["ReferralYield"];
        };
        /** DeliveryRead */
        DeliveryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            event: components["schemas"]["WebhookEvent"];
            /**
             * Message Id
             * @description The `webhook-id` header: the same on every retry, so receivers can ignore a message they have already processed.
             */
            message_id: string;
            /**
             * Payload
             * @description The JSON body that is (or was) POSTed.
             */
            payload: {
                [key: string]: unknown;
            };
            /** @description `pending` (waiting for its first or next attempt), `succeeded` (a 2xx answer), `failed` (gave up after the last retry, or refused without connecting). */
            status: components["schemas"]["DeliveryStatus"];
            /** Attempts */
            attempts: number;
            /**
             * Next Attempt At
             * @description When the next attempt is due; null once succeeded or failed.
             */
            next_attempt_at: string | null;
            /** Last Attempt At */
            last_attempt_at: string | null;
            /**
             * Response Status
             * @description HTTP status of the last answer, if any.
             */
            response_status: number | null;
            /** Last Error */
            last_error: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /**
         * DeliveryStatus
         * @enum {string}
         */
        DeliveryStatus: "pending" | "succeeded" | "failed";
        /** DueReminder */
        DueReminder: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["ReminderKind"];
            /** Title */
            title: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Contact Id */
            contact_id: string | null;
            /** Contact Name */
            contact_name: string | null;
            /** Interview Id */
            interview_id: string | null;
            /** Auto */
            auto: boolean;
            /**
             * Overdue
             * @description Due before now.
             */
            overdue: boolean;
            /**
             * Due Today
             * @description Due on today's date in your time zone.
             */
            due_today: boolean;
        };
        /** DueToday */
        DueToday: {
            /**
             * Date
             * Format: date
             * @description Today in your time zone.
             */
            date: string;
            /** Timezone */
            timezone: string;
            /**
             * Reminders
             * @description Open reminders due by the end of today, most overdue first (keep-in-touch reminders are listed under `touches`).
             */
            reminders: components["schemas"]["DueTodayReminder"][];
            /**
             * Reminders Total
             * @description All such reminders, also beyond `limit`.
             */
            reminders_total: number;
            /**
             * Touches
             * @description Contacts due for a touch by the end of today, most overdue first.
             */
            touches: components["schemas"]["DueTodayTouch"][];
            /** Touches Total */
            touches_total: number;
            /**
             * Text
             * @description The same as a short plain-text list, for a notification or to be spoken.
             */
            text: string;
        };
        /** DueTodayReminder */
        DueTodayReminder: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["ReminderKind"];
            /** Title */
            title: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Contact Id */
            contact_id: string | null;
            /** Contact Name */
            contact_name: string | null;
            /**
             * Overdue
             * @description Due on an earlier day than today (your time zone).
             */
            overdue: boolean;
        };
        /** DueTodayTouch */
        DueTodayTouch: {
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            /** Full Name */
            full_name: string;
            /** Organization */
            organization: string | null;
            /** Email */
            email: string | null;
            /**
             * Next Touch Due
             * Format: date-time
             */
            next_touch_due: string;
            /**
             * Overdue
             * @description Due on an earlier day than today (your time zone).
             */
            overdue: boolean;
            /**
             * Reminder Id
             * @description The contact's open keep-in-touch reminder: mark it done (`PATCH /api/v1/reminders/{reminder_id}` with `{"status": "done"}`) to log the touch.
             */
            reminder_id: string | null;
        };
        /** HealthStatus */
        HealthStatus: {
            /** Status */
            status: string;
        };
        /** ImportReport */
        ImportReport: {
            /**
             * Format
             * @description What the file was recognized as.
             * @enum {string}
             */
            format: "rapport-csv" | "linkedin-csv" | "google-csv" | "csv" | "vcard";
            /**
             * Dry Run
             * @description True: nothing was written; this is what would happen.
             */
            dry_run: boolean;
            /**
             * Total Rows
             * @description Data rows (or cards) read, blank rows not counted.
             */
            total_rows: number;
            /** Created */
            created: number;
            /** Updated */
            updated: number;
            /**
             * Skipped
             * @description Rows that changed nothing: already up to date, or the same person as an earlier row (merged into it). Rows with errors are counted in `errors` instead.
             */
            skipped: number;
            /** Errors */
            errors: components["schemas"]["ImportRowError"][];
            /**
             * Rows
             * @description One result per row, in file order.
             */
            rows: components["schemas"]["ImportRowResult"][];
        };
        /** ImportRowError */
        ImportRowError: {
            /**
             * Row
             * @description The row as a spreadsheet numbers it (the header is row 1 of a plain CSV; LinkedIn's note lines count too); for a vCard file, the card's position (1 = first).
             */
            row: number;
            /**
             * Line
             * @description The line of the file where the row or card starts.
             */
            line: number;
            /** Message */
            message: string;
        };
        /** ImportRowResult */
        ImportRowResult: {
            /** Row */
            row: number;
            /** Line */
            line: number;
            /** @description `created`: a new contact; `updated`: an existing contact (matched by e-mail, then LinkedIn URL) changed; `unchanged`: it already matched the file; `merged`: the same person as an earlier row, whose values were combined with it; `error`: not imported (see `message`). */
            action: components["schemas"]["RowAction"];
            /** Full Name */
            full_name?: string | null;
            /** Email */
            email?: string | null;
            /**
             * Contact Id
             * @description The contact created or updated (null in a dry run for new contacts).
             */
            contact_id?: string | null;
            /**
             * Changes
             * @description The fields an update changes.
             */
            changes?: string[];
            /** Message */
            message?: string | null;
        };
        /** InteractionCreate */
        InteractionCreate: {
            /** @example email */
            kind: components["schemas"]["InteractionKind"];
            /** Occurred At */
            occurred_at?: string | null;
            /**
             * Summary
             * @default
             * @example Sent a thank-you note and the article on CRISPR screens.
             */
            summary?: string;
            /** Url */
            url?: string | null;
        };
        /**
         * InteractionKind
         * @enum {string}
         */
        InteractionKind: "email" | "call" | "meeting" | "message" | "linkedin" | "article_shared" | "update" | "event" | "note";
        /** InteractionRead */
        InteractionRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Summary */
            summary: string;
            /** Url */
            url: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** InteractionUpdate */
        InteractionUpdate: {
            kind?: components["schemas"]["InteractionKind"];
            /**
             * Occurred At
             * Format: date-time
             * @description When it happened, with a UTC offset. Defaults to now; may not be more than a day in the future (plan future touches as reminders).
             */
            occurred_at?: string;
            /**
             * Summary
             * @example Sent a thank-you note and the article on CRISPR screens.
             */
            summary?: string;
            /** Url */
            url?: string | null;
        };
        /** InterviewCreate */
        InterviewCreate: {
            /**
             * Contact Id
             * Format: uuid
             * @description One of your contacts.
             */
            contact_id: string;
            /** @description Default: `scheduled` when `scheduled_at` is given, else `requested`. `scheduled` needs `scheduled_at`. */
            status?: components["schemas"]["InterviewStatus"] | null;
            /** Scheduled At */
            scheduled_at?: string | null;
            /**
             * Duration Minutes
             * @description The agreed length (5–480); stick to it.
             * @default 30
             */
            duration_minutes?: number;
            /** @default video */
            medium?: components["schemas"]["Medium"];
            /**
             * Location
             * @description A place or a meeting link.
             * @default
             * @example https://zoom.us/j/123456789
             */
            location?: string;
            /**
             * Goals
             * @description What you want to learn.
             * @default
             */
            goals?: string;
            /**
             * Pitch
             * @description Omit to start from your own pitch.
             */
            pitch?: string | null;
            /**
             * Questions
             * @description The ordered question list (at most 50); it replaces the current list as a whole, so send every item, in the order you want.
             * @default []
             */
            questions?: components["schemas"]["QuestionItemIn"][];
            /**
             * Checklist
             * @description Changes to the default checklist (see the update operation).
             * @default []
             */
            checklist?: components["schemas"]["ChecklistItemIn"][];
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Takeaways
             * @default
             */
            takeaways?: string;
            /**
             * Asked For Referrals
             * @default false
             */
            asked_for_referrals?: boolean;
            /** Completed At */
            completed_at?: string | null;
        } & (unknown & unknown);
        /** InterviewRead */
        InterviewRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            status: components["schemas"]["InterviewStatus"];
            /** Scheduled At */
            scheduled_at: string | null;
            /** Duration Minutes */
            duration_minutes: number;
            medium: components["schemas"]["Medium"];
            /** Location */
            location: string;
            /** Goals */
            goals: string;
            /** Pitch */
            pitch: string;
            /** Questions */
            questions: components["schemas"]["QuestionItem"][];
            /** Checklist */
            checklist: components["schemas"]["ChecklistItem"][];
            /** Notes */
            notes: string;
            /** Takeaways */
            takeaways: string;
            /** Asked For Referrals */
            asked_for_referrals: boolean;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * InterviewStatus
         * @enum {string}
         */
        InterviewStatus: "requested" | "scheduled" | "completed" | "cancelled" | "no_show";
        /**
         * InterviewUpdate
         * @description A partial update. Null clears `scheduled_at`; other fields cannot be null (`completed_at`
         *     is cleared by itself when the interview stops being `completed`). The contact of an
         *     interview cannot change (delete it and create another).
         */
        InterviewUpdate: {
            status?: components["schemas"]["InterviewStatus"];
            /** Scheduled At */
            scheduled_at?: string | null;
            /**
             * Duration Minutes
             * @description The agreed length (5–480); stick to it.
             */
            duration_minutes?: number;
            medium?: components["schemas"]["Medium"];
            /**
             * Location
             * @description A place or a meeting link.
             * @example https://zoom.us/j/123456789
             */
            location?: string;
            /** Goals */
            goals?: string;
            /**
             * Pitch
             * @description Your pitch tailored to this person.
             */
            pitch?: string;
            /**
             * Questions
             * @description The ordered question list (at most 50); it replaces the current list as a whole, so send every item, in the order you want.
             */
            questions?: components["schemas"]["QuestionItemIn"][];
            /**
             * Checklist
             * @description Changes merged into the checklist by `key` (at most 40 items in all). Items you do not mention stay as they are.
             */
            checklist?: components["schemas"]["ChecklistItemIn"][];
            /** Notes */
            notes?: string;
            /** Takeaways */
            takeaways?: string;
            /** Asked For Referrals */
            asked_for_referrals?: boolean;
            /** Completed At */
            completed_at?: string | null;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Email
             * @example ada@university.edu
             */
            email: string;
            /** Password */
            password: string;
        };
        /** MeRead */
        MeRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Email
             * @example ada@university.edu
             */
            email: string;
            /**
             * Name
             * @example Ada Student
             */
            name: string;
            /**
             * Timezone
             * @example America/Chicago
             */
            timezone: string;
            /**
             * Pitch
             * @description The default elevator pitch used in new interviews and emails.
             */
            pitch: string;
            settings: components["schemas"]["UserSettings"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** MeUpdate */
        MeUpdate: {
            /** Name */
            name?: string;
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name (as listed in the tz database, e.g. `Europe/Berlin`); any other name is refused (422).
             * @example America/New_York
             */
            timezone?: string;
            /** Pitch */
            pitch?: string;
            settings?: components["schemas"]["UserSettingsUpdate"] | null;
        };
        /**
         * Medium
         * @enum {string}
         */
        Medium: "video" | "phone" | "in_person";
        /** Network */
        Network: {
            /**
             * Nodes
             * @description Every contact that referred or was referred.
             */
            nodes: components["schemas"]["NetworkNode"][];
            /**
             * Edges
             * @description One per referral: referrer → referred.
             */
            edges: components["schemas"]["NetworkEdge"][];
            /**
             * Truncated
             * @description True when you have more referrals than one answer carries (the oldest are shown).
             */
            truncated: boolean;
            referral_yield: components["schemas"]["ReferralYield"];
        };
        /** NetworkEdge */
        NetworkEdge: {
            /**
             * Referral Id
             * Format: uuid
             */
            referral_id: string;
            /**
             * Source
             * Format: uuid
             * @description The referrer.
             */
            source: string;
            /**
             * Target
             * Format: uuid
             * @description The referred contact.
             */
            target: string;
            status: components["schemas"]["ReferralStatus"];
        };
        /** NetworkNode */
        NetworkNode: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Full Name */
            full_name: string;
            /** Organization */
            organization: string | null;
            stage: components["schemas"]["Stage"];
        };
        /** OAuthToken */
        OAuthToken: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @example bearer
             */
            token_type: string;
            /**
             * Expires In
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /**
             * Scope
             * @example read write
             */
            scope: string;
        };
        /** OverdueContact */
        OverdueContact: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Full Name */
            full_name: string;
            /** Organization */
            organization: string | null;
            stage: components["schemas"]["Stage"];
            /** Last Contacted At */
            last_contacted_at: string | null;
            /**
             * Next Touch Due
             * Format: date-time
             */
            next_touch_due: string;
            /**
             * Days Overdue
             * @description Whole days since it was due, in your time zone.
             */
            days_overdue: number;
        };
        /** Page[CommentRead] */
        Page_CommentRead_: {
            /** Items */
            items: components["schemas"]["CommentRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ContactRead] */
        Page_ContactRead_: {
            /** Items */
            items: components["schemas"]["ContactRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DeliveryRead] */
        Page_DeliveryRead_: {
            /** Items */
            items: components["schemas"]["DeliveryRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[InteractionRead] */
        Page_InteractionRead_: {
            /** Items */
            items: components["schemas"]["InteractionRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[InterviewRead] */
        Page_InterviewRead_: {
            /** Items */
            items: components["schemas"]["InterviewRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[QuestionRead] */
        Page_QuestionRead_: {
            /** Items */
            items: components["schemas"]["QuestionRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ReferralRead] */
        Page_ReferralRead_: {
            /** Items */
            items: components["schemas"]["ReferralRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ReminderRead] */
        Page_ReminderRead_: {
            /** Items */
            items: components["schemas"]["ReminderRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ShareAccessRead] */
        Page_ShareAccessRead_: {
            /** Items */
            items: components["schemas"]["ShareAccessRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ShareRead] */
        Page_ShareRead_: {
            /** Items */
            items: components["schemas"]["ShareRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[SharedContact] */
        Page_SharedContact_: {
            /** Items */
            items: components["schemas"]["SharedContact"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[SharedInterview] */
        Page_SharedInterview_: {
            /** Items */
            items: components["schemas"]["SharedInterview"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[SharedSummary] */
        Page_SharedSummary_: {
            /** Items */
            items: components["schemas"]["SharedSummary"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[SharedTouch] */
        Page_SharedTouch_: {
            /** Items */
            items: components["schemas"]["SharedTouch"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TemplateRead] */
        Page_TemplateRead_: {
            /** Items */
            items: components["schemas"]["TemplateRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TimelineEntry] */
        Page_TimelineEntry_: {
            /** Items */
            items: components["schemas"]["TimelineEntry"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TokenRead] */
        Page_TokenRead_: {
            /** Items */
            items: components["schemas"]["TokenRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[WebhookRead] */
        Page_WebhookRead_: {
            /** Items */
            items: components["schemas"]["WebhookRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /**
             * New Password
             * @description 8–128 characters.
             */
            new_password: string;
        };
        /** PasswordResetConfirm */
        PasswordResetConfirm: {
            /**
             * Token
             * @description The secret after `#` in the link.
             */
            token: string;
            /**
             * New Password
             * @description 8–128 characters.
             */
            new_password: string;
        };
        /** PasswordResetRequest */
        PasswordResetRequest: {
            /**
             * Email
             * @example ada@university.edu
             */
            email: string;
        };
        /** PasswordResetRequested */
        PasswordResetRequested: {
            /**
             * Email Enabled
             * @description Whether this server sends e-mail at all. When false, no link was sent: whoever runs the server sets a new password with `rapport user set-password`.
             */
            email_enabled: boolean;
        };
        /**
         * Phase
         * @enum {string}
         */
        Phase: "prep" | "follow_up";
        /** QuestionCreate */
        QuestionCreate: {
            /**
             * Text
             * @example What does a typical week look like for you?
             */
            text: string;
            /**
             * Category
             * @description Any label up to 50 characters. The seeded bank uses `career_path`, `day_to_day`, `skills`, `industry`, `advice`, `referrals`.
             * @default general
             * @example day_to_day
             */
            category?: string;
            /**
             * Priority
             * @description 1 (nice to ask) to 5 (must ask).
             * @default 3
             * @example 4
             */
            priority?: number;
            /**
             * Archived
             * @default false
             */
            archived?: boolean;
        };
        /** QuestionItem */
        QuestionItem: {
            /**
             * Id
             * @description Assigned by the server; send it back to keep the item.
             */
            id: string;
            /** Text */
            text: string;
            /** Priority */
            priority: number;
            /** Asked */
            asked: boolean;
            /** Notes */
            notes: string;
            /** Bank Question Id */
            bank_question_id: string | null;
        };
        /**
         * QuestionItemIn
         * @description A question on the interview's list. Give `text`, or `bank_question_id` to copy the text
         *     (and priority) from your bank. Send an item's `id` back to keep it; new items get one.
         */
        QuestionItemIn: {
            /** Id */
            id?: string | null;
            /** Text */
            text?: string | null;
            /**
             * Priority
             * @description 1–5; default the bank's, or 3.
             */
            priority?: number | null;
            /**
             * Asked
             * @default false
             */
            asked?: boolean;
            /**
             * Notes
             * @description What they answered.
             * @default
             */
            notes?: string;
            /** Bank Question Id */
            bank_question_id?: string | null;
        } | {
            text: unknown;
        } | {
            bank_question_id: unknown;
        };
        /** QuestionRead */
        QuestionRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Text */
            text: string;
            /** Category */
            category: string;
            /** Priority */
            priority: number;
            /** Archived */
            archived: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** QuestionUpdate */
        QuestionUpdate: {
            /**
             * Text
             * @example What does a typical week look like for you?
             */
            text?: string;
            /**
             * Category
             * @description Any label up to 50 characters. The seeded bank uses `career_path`, `day_to_day`, `skills`, `industry`, `advice`, `referrals`.
             * @example day_to_day
             */
            category?: string;
            /**
             * Priority
             * @description 1 (nice to ask) to 5 (must ask).
             * @example 4
             */
            priority?: number;
            /**
             * Archived
             * @description Archived questions are kept but hidden from new interviews.
             */
            archived?: boolean;
        };
        /**
         * QuickLog
         * @description One request from a phone shortcut: whom you talked to, and how.
         */
        QuickLog: {
            /**
             * Contact
             * @description A name or an e-mail address. An e-mail matches your contact with that address (ignoring case); a name matches the contact with exactly that name (ignoring case). Nobody matches: a new contact is created (see `create`).
             * @example Sam Rivera
             * @example sam.rivera@example.org
             */
            contact: string;
            /**
             * Name
             * @description The name for a new contact when `contact` is an e-mail address (default: the address itself).
             * @example Sam Rivera
             */
            name?: string | null;
            /**
             * @description How you were in touch. `email`, `call`, `message` and `linkedin` also move a contact you had only identified to `reached_out`.
             * @default note
             * @example call
             */
            kind?: components["schemas"]["InteractionKind"];
            /**
             * Summary
             * @default
             * @example Sent a thank-you note and the article on CRISPR screens.
             */
            summary?: string;
            /**
             * Occurred At
             * @description When it happened; default now. At most a day ahead.
             */
            occurred_at?: string | null;
            /**
             * Create
             * @description false: answer 404 instead of creating a contact when nobody matches.
             * @default true
             */
            create?: boolean;
        };
        /** QuickLogged */
        QuickLogged: {
            contact: components["schemas"]["ContactRead"];
            interaction: components["schemas"]["InteractionRead"];
            /**
             * Contact Created
             * @description True when the contact was new.
             */
            contact_created: boolean;
            /**
             * Message
             * @description A sentence to show or speak on the phone.
             * @example Logged a call with Sam Rivera. Next touch due Tuesday 2 March 2027.
             */
            message: string;
        };
        /**
         * ReferralCreate
         * @description Give exactly one of `referred_contact_id` (someone already in your contacts) and
         *     `referred` (a new contact, created with `connection: referral` unless you say otherwise,
         *     and `referred_by_contact_id` = the referrer).
         */
        ReferralCreate: {
            /**
             * Referrer Contact Id
             * Format: uuid
             * @description Who suggested the person.
             */
            referrer_contact_id: string;
            /**
             * Referred Contact Id
             * @description Who was suggested, if already one of your contacts.
             */
            referred_contact_id?: string | null;
            /** @description Who was suggested, as a new contact (same fields as creating one). */
            referred?: components["schemas"]["ContactCreate"] | null;
            /**
             * Interview Id
             * @description The interview with the referrer where it came up.
             */
            interview_id?: string | null;
            /**
             * Note
             * @default
             * @example Runs the assay development group; said to mention her.
             */
            note?: string;
            /**
             * Intro Offered
             * @description The referrer offered to introduce you.
             * @default false
             */
            intro_offered?: boolean;
        } & ({
            referred_contact_id: unknown;
        } | {
            referred: unknown;
        });
        /** ReferralCreated */
        ReferralCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Referrer Contact Id
             * Format: uuid
             */
            referrer_contact_id: string;
            /**
             * Referred Contact Id
             * Format: uuid
             */
            referred_contact_id: string;
            /** Interview Id */
            interview_id: string | null;
            /** Note */
            note: string;
            /** Intro Offered */
            intro_offered: boolean;
            /** @description Follows the referred contact: reached out → `contacted`, interview scheduled → `scheduled`, completed → `interviewed` (forward only; `declined` is yours). */
            status: components["schemas"]["ReferralStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** @description The referred contact as it is now (new when created inline). */
            referred_contact: components["schemas"]["ContactRead"];
        };
        /** ReferralRead */
        ReferralRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Referrer Contact Id
             * Format: uuid
             */
            referrer_contact_id: string;
            /**
             * Referred Contact Id
             * Format: uuid
             */
            referred_contact_id: string;
            /** Interview Id */
            interview_id: string | null;
            /** Note */
            note: string;
            /** Intro Offered */
            intro_offered: boolean;
            /** @description Follows the referred contact: reached out → `contacted`, interview scheduled → `scheduled`, completed → `interviewed` (forward only; `declined` is yours). */
            status: components["schemas"]["ReferralStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ReferralStatus
         * @enum {string}
         */
        ReferralStatus: "suggested" | "contacted" | "scheduled" | "interviewed" | "declined";
        /**
         * ReferralUpdate
         * @description Who referred whom cannot change (delete the referral and record another).
         */
        ReferralUpdate: {
            /** Interview Id */
            interview_id?: string | null;
            /** Note */
            note?: string;
            /** Intro Offered */
            intro_offered?: boolean;
            /** @description Usually automatic (it follows the referred contact's stage); set `declined` yourself when it goes nowhere. */
            status?: components["schemas"]["ReferralStatus"];
        };
        /**
         * ReferralYield
         * @description How well interviews turn into further conversations.
         */
        ReferralYield: {
            /** Completed Interviews */
            completed_interviews: number;
            /**
             * Referrals
             * @description All referrals you recorded.
             */
            referrals: number;
            /**
             * Referrals Per Completed Interview
             * @description `referrals` / `completed_interviews`, two decimals; null before the first completed interview.
             */
            referrals_per_completed_interview: number | null;
            /**
             * Referred Contacts
             * @description Distinct people referred to you.
             */
            referred_contacts: number;
            /**
             * Referred Interviewed
             * @description How many of them you have completed an interview with.
             */
            referred_interviewed: number;
        };
        /** RegisterRequest */
        RegisterRequest: {
            /**
             * Email
             * Format: email
             * @example ada@university.edu
             */
            email: string;
            /**
             * Password
             * @description 8–128 characters.
             */
            password: string;
            /**
             * Name
             * @example Ada Student
             */
            name: string;
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name (as listed in the tz database, e.g. `Europe/Berlin`); any other name is refused (422).
             * @default UTC
             * @example America/New_York
             */
            timezone?: string;
            /**
             * Pitch
             * @default
             */
            pitch?: string;
        };
        /** ReminderCreate */
        ReminderCreate: {
            /**
             * @description `keep_in_touch` needs a `contact_id`, and is refused (409) while the contact already has an open one (every contact with a cadence has one automatically).
             * @default custom
             */
            kind?: components["schemas"]["ReminderKind"];
            /**
             * Title
             * @example Send Sam the article on lab automation
             */
            title: string;
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Due At
             * Format: date-time
             * @description When it is due, with a UTC offset.
             * @example 2026-12-01T09:00:00-06:00
             */
            due_at: string;
            /**
             * Contact Id
             * @description One of your contacts.
             */
            contact_id?: string | null;
            /**
             * Interview Id
             * @description One of your interviews; `contact_id` then defaults to its contact and, if given, must be that contact.
             */
            interview_id?: string | null;
        };
        /**
         * ReminderKind
         * @enum {string}
         */
        ReminderKind: "thank_you" | "follow_up" | "keep_in_touch" | "share" | "event" | "custom";
        /** ReminderRead */
        ReminderRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["ReminderKind"];
            /** Title */
            title: string;
            /** Notes */
            notes: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Contact Id */
            contact_id: string | null;
            /** Interview Id */
            interview_id: string | null;
            status: components["schemas"]["ReminderStatus"];
            /**
             * Done At
             * @description When it was marked done (null otherwise).
             */
            done_at: string | null;
            /**
             * Auto
             * @description Created by Rapport (thank-you, follow-up, keep-in-touch).
             */
            auto: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ReminderStatus
         * @enum {string}
         */
        ReminderStatus: "open" | "done" | "dismissed";
        /**
         * ReminderUpdate
         * @description Change the text, snooze (`due_at`), or set `status`. Marking a `keep_in_touch` reminder
         *     `done` logs a touch with the contact, which restarts the cadence and creates the next one.
         */
        ReminderUpdate: {
            /**
             * Title
             * @example Send Sam the article on lab automation
             */
            title?: string;
            /** Notes */
            notes?: string;
            /**
             * Due At
             * Format: date-time
             * @description When it is due, with a UTC offset.
             * @example 2026-12-01T09:00:00-06:00
             */
            due_at?: string;
            status?: components["schemas"]["ReminderStatus"];
        };
        /** RenderRequest */
        RenderRequest: {
            /**
             * Contact Id
             * Format: uuid
             * @description Whom the e-mail is for.
             */
            contact_id: string;
            /**
             * Interview Id
             * @description An interview with that contact: fills `{interview_date}` and uses the interview's tailored pitch for `{my_pitch}`.
             */
            interview_id?: string | null;
        };
        /** RenderedEmail */
        RenderedEmail: {
            /** Subject */
            subject: string;
            /** Body */
            body: string;
            /**
             * To
             * @description The contact's e-mail address, if you have one.
             */
            to: string | null;
            /**
             * Mailto Url
             * @description A percent-encoded `mailto:` link (RFC 6068) that opens the draft in the user's mail program.
             * @example mailto:sam%40example.org?subject=Thank%20you&body=Dear%20Sam%2C
             */
            mailto_url: string;
            /**
             * Empty Placeholders
             * @description Placeholders that had no value (e.g. `interview_date` without an interview) and were replaced by an empty string: check the draft before sending.
             */
            empty_placeholders: string[];
        };
        /** RestoreReport */
        RestoreReport: {
            /**
             * Restored
             * @description Records loaded per section (contacts, interactions, interviews, questions, referrals, reminders, templates).
             * @example {
             *       "contacts": 120,
             *       "interactions": 340,
             *       "interviews": 12
             *     }
             */
            restored: {
                [key: string]: number;
            };
            /**
             * Skipped
             * @description Records not loaded per section, with the reason in `notes`.
             * @example {
             *       "webhooks": 1
             *     }
             */
            skipped: {
                [key: string]: number;
            };
            /** Notes */
            notes?: string[];
        };
        /**
         * RowAction
         * @enum {string}
         */
        RowAction: "created" | "updated" | "unchanged" | "merged" | "error";
        /**
         * Scope
         * @enum {string}
         */
        Scope: "read" | "write";
        /** SessionRead */
        SessionRead: {
            user: components["schemas"]["MeRead"];
            /**
             * Csrf Token
             * @description Send back as the `X-CSRF-Token` header on every state-changing request made with the session cookie (also readable from the `rapport_csrf` cookie).
             */
            csrf_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
        };
        /** ShareAccessRead */
        ShareAccessRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** @description What the counselor opened: `overview`, `contacts`, `interviews`, `touches`, `network`, `comments` — or `comment_added` when they left a comment. */
            what: components["schemas"]["AccessWhat"];
            /** @description `link` (the share's secret link) or `account` (signed in with a Rapport account with the share's e-mail address). */
            via: components["schemas"]["AccessVia"];
        };
        /** ShareCreate */
        ShareCreate: {
            /**
             * Counselor Email
             * Format: email
             * @description The counselor's address: an account with it sees the share under “Shared with me”. Nothing is sent to it; you pass the link on yourself.
             * @example career.center@university.edu
             */
            counselor_email: string;
            /** Counselor Name */
            counselor_name?: string | null;
            scope?: components["schemas"]["ShareScopeIn"];
            /** Expires At */
            expires_at?: string | null;
        };
        /** ShareCreated */
        ShareCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Counselor Email */
            counselor_email: string;
            /** Counselor Name */
            counselor_name: string | null;
            scope: components["schemas"]["ShareScope"];
            status: components["schemas"]["ShareStatus"];
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Last Accessed At
             * @description The counselor's latest request (see the access log).
             */
            last_accessed_at: string | null;
            /**
             * Comment Count
             * @description Comments the counselor left (that you kept).
             */
            comment_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Token
             * @description The counselor's secret, shown only in this answer (`rpc_…`); sent as `Authorization: Bearer …` to `/api/v1/shared/…`.
             */
            token: string;
            /**
             * Link
             * @description The link to give the counselor: the dashboard's read-only view, with the secret after `#` (browsers never send that part to a server). Shown only here.
             */
            link: string;
        };
        /** ShareRead */
        ShareRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Counselor Email */
            counselor_email: string;
            /** Counselor Name */
            counselor_name: string | null;
            scope: components["schemas"]["ShareScope"];
            status: components["schemas"]["ShareStatus"];
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Last Accessed At
             * @description The counselor's latest request (see the access log).
             */
            last_accessed_at: string | null;
            /**
             * Comment Count
             * @description Comments the counselor left (that you kept).
             */
            comment_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ShareScope
         * @description What the counselor sees.
         */
        ShareScope: {
            /**
             * Pipeline
             * @description Stage counts, and each contact's name, organization and stage.
             */
            pipeline: boolean;
            /**
             * Interviews
             * @description Interviews: with whom (name, organization), dates, status, goals, takeaways.
             */
            interviews: boolean;
            /**
             * Notes
             * @description Interview notes (with `interviews`) and the summaries of logged touches.
             */
            notes: boolean;
            /**
             * Referrals
             * @description The referral graph (names, organizations, stages).
             */
            referrals: boolean;
        };
        /**
         * ShareScopeIn
         * @description Every part but `notes` is shown unless you say otherwise; at least one must be.
         */
        ShareScopeIn: {
            /**
             * Pipeline
             * @default true
             */
            pipeline?: boolean;
            /**
             * Interviews
             * @default true
             */
            interviews?: boolean;
            /**
             * Notes
             * @default false
             */
            notes?: boolean;
            /**
             * Referrals
             * @default true
             */
            referrals?: boolean;
        };
        /**
         * ShareScopeUpdate
         * @description Only the parts you send change; the share must still show at least one.
         */
        ShareScopeUpdate: {
            /** Pipeline */
            pipeline?: boolean | null;
            /** Interviews */
            interviews?: boolean | null;
            /** Notes */
            notes?: boolean | null;
            /** Referrals */
            referrals?: boolean | null;
        };
        /**
         * ShareStatus
         * @enum {string}
         */
        ShareStatus: "active" | "expired" | "revoked";
        /**
         * ShareUpdate
         * @description A partial update of a share that is not revoked. The counselor's address cannot change
         *     (revoke and create another share).
         */
        ShareUpdate: {
            /** Counselor Name */
            counselor_name?: string | null;
            scope?: components["schemas"]["ShareScopeUpdate"] | null;
            /**
             * Expires At
             * Format: date-time
             * @description When the share stops working: in the future, at most 365 days ahead (default 30 days from now).
             * @example 2027-01-15T00:00:00Z
             */
            expires_at?: string;
        };
        /** SharedContact */
        SharedContact: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Full Name */
            full_name: string;
            /** Organization */
            organization: string | null;
            stage: components["schemas"]["Stage"];
        };
        /** SharedInterview */
        SharedInterview: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            /** Contact Name */
            contact_name: string;
            /** Contact Organization */
            contact_organization: string | null;
            status: components["schemas"]["InterviewStatus"];
            /** Scheduled At */
            scheduled_at: string | null;
            /** Completed At */
            completed_at: string | null;
            /** Goals */
            goals: string;
            /** Takeaways */
            takeaways: string;
            /**
             * Notes
             * @description Present only when the share shows notes.
             */
            notes?: string | null;
        };
        /** SharedOverview */
        SharedOverview: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Student Name
             * @example Ada Student
             */
            student_name: string;
            scope: components["schemas"]["ShareScope"];
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Shared At
             * Format: date-time
             */
            shared_at: string;
            /** @description Present only when the share shows the pipeline. */
            stage_counts?: components["schemas"]["StageCounts"] | null;
        };
        /**
         * SharedSummary
         * @description A share as its counselor sees it in “Shared with me”.
         */
        SharedSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Student Name
             * @example Ada Student
             */
            student_name: string;
            scope: components["schemas"]["ShareScope"];
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Shared At
             * Format: date-time
             */
            shared_at: string;
        };
        /** SharedTouch */
        SharedTouch: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            /** Contact Name */
            contact_name: string;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Summary */
            summary: string;
        };
        /**
         * Stage
         * @enum {string}
         */
        Stage: "identified" | "reached_out" | "scheduled" | "interviewed" | "keep_in_touch" | "closed";
        /**
         * StageCounts
         * @description How many contacts are at each stage (every stage present, zero included).
         */
        StageCounts: {
            /** Identified */
            identified: number;
            /** Reached Out */
            reached_out: number;
            /** Scheduled */
            scheduled: number;
            /** Interviewed */
            interviewed: number;
            /** Keep In Touch */
            keep_in_touch: number;
            /** Closed */
            closed: number;
        };
        /** TemplateCreate */
        TemplateCreate: {
            kind: components["schemas"]["TemplateKind"];
            /**
             * Name
             * @example Thank-you after a video call
             */
            name: string;
            /**
             * Subject
             * @description Placeholders: `{first_name}`, `{full_name}`, `{organization}`, `{title}`, `{connection_note}`, `{my_name}`, `{my_pitch}`, `{interview_date}`. Write `{{` and `}}` for literal braces. An unknown or malformed placeholder is refused (422) naming it.
             * @default
             * @example Thank you, {first_name}
             */
            subject?: string;
            /**
             * Body
             * @description Placeholders: `{first_name}`, `{full_name}`, `{organization}`, `{title}`, `{connection_note}`, `{my_name}`, `{my_pitch}`, `{interview_date}`. Write `{{` and `}}` for literal braces. An unknown or malformed placeholder is refused (422) naming it.
             * @example Dear {first_name},
             *
             *     Thank you for your time on {interview_date}.
             *
             *     {my_name}
             */
            body: string;
        };
        /**
         * TemplateKind
         * @enum {string}
         */
        TemplateKind: "outreach" | "thank_you" | "follow_up" | "check_in";
        /** TemplateRead */
        TemplateRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["TemplateKind"];
            /** Name */
            name: string;
            /** Subject */
            subject: string;
            /** Body */
            body: string;
            /**
             * Placeholders
             * @description The placeholders used, in order of first use.
             */
            placeholders: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** TemplateUpdate */
        TemplateUpdate: {
            kind?: components["schemas"]["TemplateKind"];
            /**
             * Name
             * @example Thank-you after a video call
             */
            name?: string;
            /**
             * Subject
             * @description Placeholders: `{first_name}`, `{full_name}`, `{organization}`, `{title}`, `{connection_note}`, `{my_name}`, `{my_pitch}`, `{interview_date}`. Write `{{` and `}}` for literal braces. An unknown or malformed placeholder is refused (422) naming it.
             * @example Thank you, {first_name}
             */
            subject?: string;
            /**
             * Body
             * @description Placeholders: `{first_name}`, `{full_name}`, `{organization}`, `{title}`, `{connection_note}`, `{my_name}`, `{my_pitch}`, `{interview_date}`. Write `{{` and `}}` for literal braces. An unknown or malformed placeholder is refused (422) naming it.
             * @example Dear {first_name},
             *
             *     Thank you for your time on {interview_date}.
             *
             *     {my_name}
             */
            body?: string;
        };
        /** TimelineEntry */
        TimelineEntry: {
            /**
             * Type
             * @enum {string}
             */
            type: "touch" | "interview";
            /**
             * At
             * Format: date-time
             * @description The touch's `occurred_at`; for an interview its `completed_at`, else `scheduled_at`, else when it was created.
             */
            at: string;
            /** @description Set when `type` is `touch`. */
            touch: components["schemas"]["InteractionRead"] | null;
            /** @description Set when `type` is `interview`. */
            interview: components["schemas"]["InterviewRead"] | null;
        };
        /** TokenCreate */
        TokenCreate: {
            /**
             * Name
             * @example iPhone shortcut
             */
            name: string;
            /**
             * Scopes
             * @description `["read"]` for a read-only token, `["read", "write"]` to make changes.
             * @default [
             *       "read",
             *       "write"
             *     ]
             */
            scopes?: components["schemas"]["Scope"][];
            /**
             * Expires At
             * @description When the token stops working (in the future, at most ten years ahead); null for never.
             */
            expires_at?: string | null;
        };
        /** TokenCreated */
        TokenCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Last Used At */
            last_used_at: string | null;
            /**
             * Token
             * @description The secret, shown only in this answer. Send it as `Authorization: Bearer …`.
             */
            token: string;
        };
        /** TokenRead */
        TokenRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Last Used At */
            last_used_at: string | null;
        };
        /** UpcomingInterview */
        UpcomingInterview: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            /** Contact Name */
            contact_name: string;
            status: components["schemas"]["InterviewStatus"];
            /**
             * Scheduled At
             * Format: date-time
             */
            scheduled_at: string;
            /** Duration Minutes */
            duration_minutes: number;
            medium: components["schemas"]["Medium"];
            /** Location */
            location: string;
        };
        /** UserSettings */
        UserSettings: {
            /**
             * Default Keep In Touch Days
             * @description Cadence given to new contacts (days between touches); null for none.
             * @example 90
             */
            default_keep_in_touch_days: number | null;
            /**
             * Thank You Within Hours
             * @description The thank-you reminder is due this long after an interview is completed.
             * @example 24
             */
            thank_you_within_hours: number;
            /**
             * Follow Up After Days
             * @description The follow-up reminder is due this long after an interview is completed.
             * @example 14
             */
            follow_up_after_days: number;
            /**
             * Email Reminders
             * @description Send a daily digest e-mail of what is due.
             */
            email_reminders: boolean;
            /**
             * Digest Hour
             * @description Local hour (0–23, in `timezone`) at which the digest is sent.
             * @example 8
             */
            digest_hour: number;
        };
        /** UserSettingsUpdate */
        UserSettingsUpdate: {
            /** Default Keep In Touch Days */
            default_keep_in_touch_days?: number | null;
            /** Thank You Within Hours */
            thank_you_within_hours?: number;
            /** Follow Up After Days */
            follow_up_after_days?: number;
            /** Email Reminders */
            email_reminders?: boolean;
            /** Digest Hour */
            digest_hour?: number;
        };
        /** WebhookCreate */
        WebhookCreate: {
            /**
             * Url
             * @description Where deliveries are POSTed: a public http(s) URL without credentials. Private, loopback, link-local and cloud-metadata addresses are refused, also when the host name resolves to one (checked again before every delivery).
             * @example https://hooks.example.edu/rapport
             */
            url: string;
            /**
             * Events
             * @description The events to receive (duplicates are dropped).
             * @example [
             *       "contact.created",
             *       "interview.completed"
             *     ]
             */
            events: components["schemas"]["WebhookEvent"][];
            /**
             * Description
             * @default
             * @example Career center CRM
             */
            description?: string;
            /**
             * Active
             * @description Inactive webhooks receive nothing.
             * @default true
             */
            active?: boolean;
        };
        /** WebhookCreated */
        WebhookCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Url */
            url: string;
            /** Events */
            events: components["schemas"]["WebhookEvent"][];
            /** Description */
            description: string;
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Secret
             * @description The signing secret (Standard Webhooks `whsec_…` format), shown only in this answer. Verify each delivery's `webhook-signature` with it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /**
         * WebhookEvent
         * @enum {string}
         */
        WebhookEvent: "contact.created" | "interview.scheduled" | "interview.completed" | "referral.created" | "reminder.due";
        /** WebhookRead */
        WebhookRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Url */
            url: string;
            /** Events */
            events: components["schemas"]["WebhookEvent"][];
            /** Description */
            description: string;
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * WebhookUpdate
         * @description A partial update: send only what changes (none of these can be null).
         */
        WebhookUpdate: {
            /**
             * Url
             * @description Where deliveries are POSTed: a public http(s) URL without credentials. Private, loopback, link-local and cloud-metadata addresses are refused, also when the host name resolves to one (checked again before every delivery).
             * @example https://hooks.example.edu/rapport
             */
            url?: string;
            /**
             * Events
             * @description The events to receive (duplicates are dropped).
             * @example [
             *       "contact.created",
             *       "interview.completed"
             *     ]
             */
            events?: components["schemas"]["WebhookEvent"][];
            /**
             * Description
             * @example Career center CRM
             */
            description?: string;
            /** Active */
            active?: boolean;
        };
        /** WeekActivity */
        WeekActivity: {
            /**
             * Week Start
             * Format: date
             * @description The Monday the week starts on, in your time zone.
             */
            week_start: string;
            /**
             * Touches
             * @description Touches logged that week.
             */
            touches: number;
            /**
             * Interviews
             * @description Interviews completed that week.
             */
            interviews: number;
        };
        /** FieldError */
        FieldError: {
            /**
             * Field
             * @description Dotted path of the failing input, e.g. `full_name` or `query.limit`.
             */
            field: string;
            /** Message */
            message: string;
        };
        /**
         * ProblemDetails
         * @description An RFC 9457 problem. `type` identifies the kind of problem; `detail` explains this one.
         */
        ProblemDetails: {
            /**
             * Type
             * @example urn:rapport:problem:not-found
             */
            type: string;
            /**
             * Title
             * @example Not found
             */
            title: string;
            /**
             * Status
             * @example 404
             */
            status: number;
            /**
             * Detail
             * @example No contact with this id.
             */
            detail: string;
            /**
             * Errors
             * @description Present on validation problems: one entry per failing field.
             * @default null
             */
            errors?: components["schemas"]["FieldError"][] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description An account with this e-mail address already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many wrong passwords for this account or address (signing in, changing the password and deleting the account count together); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A session cookie without its `X-CSRF-Token` header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    issue_oauth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_issue_oauth_token"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthToken"];
                };
            };
            /** @description Wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many wrong passwords for this account or address (signing in, changing the password and deleting the account count together); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    request_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequested"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    confirm_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The link is not valid: mistyped, used or expired. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many wrong passwords for this account or address (signing in, changing the password and deleting the account count together); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountDeletion"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The password is not yours, or the credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many wrong passwords for this account or address (signing in, changing the password and deleting the account count together); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TokenRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCreated"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revoke_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_contacts: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of name, organization, title, e-mail or notes. */
                q?: string | null;
                stage?: components["schemas"]["Stage"] | null;
                tag?: string | null;
                connection?: components["schemas"]["Connection"] | null;
                /** @description Exact, case-insensitive. */
                organization?: string | null;
                /** @description true: only contacts overdue for a touch; false: only those not due. */
                due?: boolean | null;
                /** @description `name` (A–Z), `updated` / `created` (newest first), `last_contacted` (most recent first, never-contacted last), `next_touch_due` (soonest first). */
                sort?: components["schemas"]["ContactSort"];
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ContactRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_interactions: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InteractionRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_interaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_interviews: {
        parameters: {
            query?: {
                status?: components["schemas"]["InterviewStatus"] | null;
                contact_id?: string | null;
                /** @description Only interviews scheduled at or after this time. */
                from?: string | null;
                /** @description Only interviews scheduled before this time. */
                to?: string | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InterviewRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_interview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_interview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_interview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    contact_timeline: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TimelineEntry_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_questions: {
        parameters: {
            query?: {
                category?: string | null;
                /** @description true: only archived; false: only active; omit for both. */
                archived?: boolean | null;
                /** @description Case-insensitive substring of the text. */
                q?: string | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_QuestionRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_question: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                question_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_question: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                question_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_question: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                question_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_referrals: {
        parameters: {
            query?: {
                /** @description Only referrals this contact gave or received. */
                contact_id?: string | null;
                interview_id?: string | null;
                status?: components["schemas"]["ReferralStatus"] | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReferralRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_referral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCreated"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_referral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referral_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_referral: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                referral_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_referral: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                referral_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_network: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_reminders: {
        parameters: {
            query?: {
                status?: components["schemas"]["ReminderStatus"] | null;
                kind?: components["schemas"]["ReminderKind"] | null;
                contact_id?: string | null;
                interview_id?: string | null;
                /** @description Only reminders due strictly before this time (with an offset). */
                due_before?: string | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReminderRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_reminder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_reminder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_reminder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                reminder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_reminder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                reminder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_templates: {
        parameters: {
            query?: {
                kind?: components["schemas"]["TemplateKind"] | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TemplateRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_template: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_template: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_template: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    render_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenderRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedEmail"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rotate_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_everything: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Archive"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_contacts_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    export_contacts_vcf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description vCard 3.0, one card per contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/vcard": unknown;
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    import_contacts: {
        parameters: {
            query?: {
                /** @description true: report what would happen without changing anything. */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_contacts"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restore_archive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_restore_archive"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreReport"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    quick_log: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickLog"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickLogged"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nobody matches `contact` and `create` is false. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    due_today: {
        parameters: {
            query?: {
                /** @description At most this many reminders and touches each. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueToday"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_webhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_WebhookRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_webhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_webhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_webhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_webhook_deliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["DeliveryStatus"] | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shares: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ShareRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_share: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareCreated"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_share: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_share: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revoke_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_share_accesses: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ShareAccessRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_share_comments: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CommentRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_interview_comments: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CommentRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (or `*`); the change is refused (412) if it is stale. A value that is not `*` or a list of entity tags is invalid (422). */
                "If-Match"?: string;
            };
            path: {
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shared: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SharedSummary_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_shared: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedOverview"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shared_contacts: {
        parameters: {
            query?: {
                /** @description Only contacts at this stage. */
                stage?: components["schemas"]["Stage"] | null;
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SharedContact_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shared_interviews: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SharedInterview_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shared_touches: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SharedTouch_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_shared_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_shared_comments: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CommentRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_shared_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. An answer that reveals a secret (a new token, a webhook's signing secret) is not kept: its retry answers 409 and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A share shared with you. */
                shared_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with existing data. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_calendar_feed_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feed_token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RFC 5545 calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
