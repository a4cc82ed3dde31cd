/**
 * Generated from libs/api-client/openapi.json by tools/generate-api-client.js (openapi-typescript).
 * Do not edit: run `npm run api-client:generate` after changing the API.
 */

export interface paths {
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admins and managers; managers need it to assign records) */
        get: operations["Users_list"];
        put?: never;
        /** Create a user (admin); without `password`, invite them: they get an email with a link, valid 7 days, to choose it */
        post: operations["UserAccounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a user; their contacts and deals become unassigned (admin) */
        delete: operations["Users_remove"];
        options?: never;
        head?: never;
        /** Update a user: name, email, role, password or active flag (admin); a new password ends their sessions and open invite or reset links */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register: open for the first user (who becomes admin) or when ALLOW_SIGNUP=true */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair; the old refresh token stops working */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link (valid 1 hour, used once) to this address when it has an account; the answer is the same for every address */
        post: operations["Auth_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password with the token of a reset or invite link; ends every session of the user */
        post: operations["Auth_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; every other session of yours ends, this one stays signed in */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness: queries PostgreSQL and pings Redis */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom fields, of one object type or all, in display order */
        get: operations["Fields_list"];
        put?: never;
        /** Create a custom field (admins and managers; 409 when the key exists for the object type) */
        post: operations["Fields_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a custom field */
        get: operations["Fields_get"];
        put?: never;
        post?: never;
        /** Delete a custom field and every record’s value of it (409 while a view or workflow uses it, naming them) */
        delete: operations["Fields_remove"];
        options?: never;
        head?: never;
        /** Change a custom field’s label, options, required, description or position (key and type cannot change) */
        patch: operations["Fields_update"];
        trace?: never;
    };
    "/api/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import contacts from a CSV (runs as a job; poll GET /api/contacts/imports/:id) */
        post: operations["ContactImports_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the first rows of a CSV and propose the column mapping (nothing is stored) */
        post: operations["ContactImports_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of an import */
        get: operations["ContactImports_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every row error of an import as CSV (row, message) */
        get: operations["ContactImports_errorReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts: search (name, email), filters status, tag, companyId, assignedToId; sort on createdAt, updatedAt, firstName, lastName, email, status, companyName
         * @description Filters and sorts on custom fields: cf.<key>=v (equality; a multiselect contains v; repeated: any of them), cf.<key>[gte|lte|gt|lt]=v (number, date, datetime), cf.<key>[empty]=true|false, sort=cf.<key> or -cf.<key> (empty values last ascending, first descending).
         */
        get: operations["Contacts_list"];
        put?: never;
        /** Create a contact (409 when the email exists in any case; a member’s contacts are assigned to them) */
        post: operations["Contacts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update up to 1000 contacts, matched by email; one result per item (an invalid item fails alone)
         * @description Each item is checked as `POST /api/contacts` checks its body. A matched contact is left as it is (`onDuplicate: skip`) or gets the fields the item sends (`update`). Written in chunks, each in one transaction with the events single writes give.
         */
        post: operations["Contacts_upsertMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the contacts matching the list filters, or the selected ones (`ids`), as CSV (streamed; formula-like cells escaped)
         * @description Filters on custom fields: cf.<key>=v (equality; a multiselect contains v; repeated: any of them), cf.<key>[gte|lte|gt|lt]=v (number, date, datetime), cf.<key>[empty]=true|false, sort=cf.<key> or -cf.<key> (empty values last ascending, first descending).
         */
        get: operations["Contacts_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags in use on the contacts you can see, most used first (at most 100) */
        get: operations["Contacts_tags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/bulk/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tags to a selection (`contactIds`) or to every contact matching `filter` (the list’s query parameters) */
        post: operations["Contacts_bulkTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a selection or every contact matching `filter` to a user, or unassign them (admins and managers) */
        post: operations["Contacts_bulkAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/bulk/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status of a selection or of every contact matching `filter` */
        post: operations["Contacts_bulkStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/bulk/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a selection or every contact matching `filter`, with their activities (as the single delete: the contacts you can see) */
        post: operations["Contacts_bulkDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact */
        get: operations["Contacts_get"];
        /** Replace a contact (omitted optional fields are reset) */
        put: operations["Contacts_replace"];
        post?: never;
        /** Delete a contact and its activities */
        delete: operations["Contacts_remove"];
        options?: never;
        head?: never;
        /** Update some fields of a contact (null clears an optional field) */
        patch: operations["Contacts_update"];
        trace?: never;
    };
    "/api/contacts/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tags to a contact (tag_added fires once per tag it did not hold) */
        post: operations["Contacts_addTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a tag from a contact (removing a tag it does not hold changes nothing) */
        delete: operations["Contacts_removeTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact’s activity timeline, newest first (manual and system entries) */
        get: operations["Contacts_listActivities"];
        put?: never;
        /** Log a note, call, meeting, email or task on a contact */
        post: operations["Contacts_addActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List companies: search (name, domain), filter industry; sort on name, createdAt, updatedAt, industry, contactCount
         * @description Filters and sorts on custom fields: cf.<key>=v (equality; a multiselect contains v; repeated: any of them), cf.<key>[gte|lte|gt|lt]=v (number, date, datetime), cf.<key>[empty]=true|false, sort=cf.<key> or -cf.<key> (empty values last ascending, first descending).
         */
        get: operations["Companies_list"];
        put?: never;
        /** Create a company (409 when the name exists in any case) */
        post: operations["Companies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industries in use, for filters */
        get: operations["Companies_industries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a company with the counts of its (visible) contacts */
        get: operations["Companies_get"];
        put?: never;
        post?: never;
        /** Delete a company; its contacts stay, without company (admins and managers) */
        delete: operations["Companies_remove"];
        options?: never;
        head?: never;
        /** Update a company */
        patch: operations["Companies_update"];
        trace?: never;
    };
    "/api/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every topic, by name */
        get: operations["Topics_list"];
        put?: never;
        /** Create a topic (409 when another has the name, ignoring case) */
        post: operations["Topics_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a topic */
        get: operations["Topics_get"];
        put?: never;
        post?: never;
        /** Delete a topic (409 naming the campaigns and forms that use it); subscriptions to it go, the consent history keeps its id */
        delete: operations["Topics_remove"];
        options?: never;
        head?: never;
        /** Update a topic (turning on requiresOptIn stops its emails to contacts who never subscribed) */
        patch: operations["Topics_update"];
        trace?: never;
    };
    "/api/contacts/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact’s status for every topic (without a choice: the topic’s default) */
        get: operations["Subscriptions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Subscribe or unsubscribe the contact per topic; each change is recorded in the consent history (source manual, or api with an API key) */
        patch: operations["Subscriptions_update"];
        trace?: never;
    };
    "/api/contacts/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact’s consent history, oldest first (append-only) */
        get: operations["Subscriptions_consents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pipelines with their stages (default pipeline first) */
        get: operations["Pipelines_list"];
        put?: never;
        /** Create a pipeline with its ordered stages (admins and managers) */
        post: operations["Pipelines_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a pipeline with its stages in order */
        get: operations["Pipelines_get"];
        put?: never;
        post?: never;
        /** Delete a pipeline that holds no deals and is not the default */
        delete: operations["Pipelines_remove"];
        options?: never;
        head?: never;
        /** Update a pipeline; `stages` replaces the whole list (rename, reorder, add, drop empty stages) */
        patch: operations["Pipelines_update"];
        trace?: never;
    };
    "/api/pipelines/{id}/stages/{stageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a stage; 409 while it holds deals unless moveDealsTo names the stage that takes them */
        delete: operations["Pipelines_removeStage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipelines/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kanban board: stages in order, each with its open deals by position, count and totals */
        get: operations["Pipelines_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals (members see only their own)
         * @description Filters and sorts on custom fields: cf.<key>=v (equality; a multiselect contains v; repeated: any of them), cf.<key>[gte|lte|gt|lt]=v (number, date, datetime), cf.<key>[empty]=true|false, sort=cf.<key> or -cf.<key> (empty values last ascending, first descending).
         */
        get: operations["Deals_list"];
        put?: never;
        /** Create a deal (default pipeline and its first stage unless named) */
        post: operations["Deals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pipeline value, average deal size, win rate and average time in each stage */
        get: operations["Deals_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a deal */
        get: operations["Deals_get"];
        put?: never;
        post?: never;
        /** Delete a deal and its stage history */
        delete: operations["Deals_remove"];
        options?: never;
        head?: never;
        /** Update a deal; a new stageId or a won/lost status is a move (history, deal_stage_changed) */
        patch: operations["Deals_update"];
        trace?: never;
    };
    "/api/deals/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a deal on the board: to a stage of its pipeline, at an index within the column */
        post: operations["Deals_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal’s stage history, oldest first */
        get: operations["Deals_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List segments (search by name; sort name, createdAt, updatedAt) */
        get: operations["Segments_list"];
        put?: never;
        /** Create a segment (400 naming the path of a condition that does not fit its field, or a cycle) */
        post: operations["Segments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the contacts of an unsaved definition (the builder’s live count), among those the caller may see */
        post: operations["Segments_countDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a segment */
        get: operations["Segments_get"];
        put?: never;
        post?: never;
        /** Delete a segment (409 naming the campaigns not sent yet and the segments that use it) */
        delete: operations["Segments_remove"];
        options?: never;
        head?: never;
        /** Update a segment (its campaigns not sent yet will use the new definition) */
        patch: operations["Segments_update"];
        trace?: never;
    };
    "/api/segments/{id}/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many contacts the segment holds now, among those the caller may see */
        get: operations["Segments_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The segment’s contacts now, as the contact list (the caller’s visibility applies) */
        get: operations["Segments_contacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email templates (search by name or subject) */
        get: operations["Templates_list"];
        put?: never;
        /** Create a template; 400 naming the line when it does not compile, warnings for unknown tags */
        post: operations["Templates_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/merge-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merge tags templates can use (for the editor’s picker), custom fields’ `{{contact.custom.<key>}}` and `{{company.custom.<key>}}` included */
        get: operations["Templates_mergeTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render unsaved template content for a contact (or a sample one): the editor’s live preview */
        post: operations["Templates_previewDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a template with its bodies and merge-tag warnings */
        get: operations["Templates_get"];
        put?: never;
        post?: never;
        /** Delete a template; 409 while a campaign uses it */
        delete: operations["Templates_remove"];
        options?: never;
        head?: never;
        /** Update a template (running campaigns keep the version they started with) */
        patch: operations["Templates_update"];
        trace?: never;
    };
    "/api/templates/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render the template for a contact (or a sample one) */
        post: operations["Templates_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{id}/send-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the rendered template to an address, untracked; 502 when SMTP refuses it */
        post: operations["Templates_sendTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns with their status and stats (filter `status`, search by name) */
        get: operations["Campaigns_list"];
        put?: never;
        /** Create a draft campaign */
        post: operations["Campaigns_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the audience of a segment filter before saving it (the builder’s live count) */
        post: operations["Campaigns_audienceFor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a campaign with its stats */
        get: operations["Campaigns_get"];
        put?: never;
        post?: never;
        /** Delete a draft, sent or cancelled campaign with its logs (409 while scheduled, sending or paused) */
        delete: operations["Campaigns_remove"];
        options?: never;
        head?: never;
        /** Update a draft or scheduled campaign (409 once it has started) */
        patch: operations["Campaigns_update"];
        trace?: never;
    };
    "/api/campaigns/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many contacts the campaign would reach now (archived and suppressed excluded) */
        get: operations["Campaigns_audience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/recipients/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why an address is or is not in the audience: live before sending, as recorded once the audience is frozen */
        get: operations["Campaigns_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft: `scheduled` when scheduledAt is in the future, otherwise `sending` at once (409 unless draft) */
        post: operations["Campaigns_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a scheduled or sending campaign (409 otherwise) */
        post: operations["Campaigns_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused campaign (409 otherwise) */
        post: operations["Campaigns_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled, sending or paused campaign; unsent emails are dropped (409 otherwise) */
        post: operations["Campaigns_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counters derived from the email logs; opened/clicked are unique, rates are fractions of sent */
        get: operations["Campaigns_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s email logs (filter `status`, search by address or name); members see their contacts only */
        get: operations["Campaigns_logs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sends, first opens and first clicks per minute, hour or day (for the report chart) */
        get: operations["Campaigns_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/unsubscribe-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the unsubscribe page’s optional question was answered, counted per reason */
        get: operations["Campaigns_unsubscribeReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clicked links with the number of recipients who clicked each */
        get: operations["Campaigns_links"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails sent to a contact (campaigns and workflows), newest first; 404 when not visible */
        get: operations["ContactEmails_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List suppressed addresses (filter `reason`, search by address) */
        get: operations["Suppressions_list"];
        put?: never;
        /** Suppress an address (reason defaults to manual); 409 when already listed */
        post: operations["Suppressions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppressions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address from the list: it can be emailed again */
        delete: operations["Suppressions_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email sending settings: default sender and postal address (admin) */
        get: operations["EmailSettings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update email sending settings (admin) */
        patch: operations["EmailSettings_update"];
        trace?: never;
    };
    "/track/open/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open pixel: always a 1×1 GIF (no-store); counts an open only for a genuine token */
        get: operations["Tracking_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/click/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tracked link: 302 to the link that was in that email; a forged or unknown token gets 404 and never redirects */
        get: operations["Tracking_click"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribe confirmation page with an optional reason (changes nothing) */
        get: operations["Unsubscribe_page"];
        put?: never;
        /** Unsubscribe (the page’s button and RFC 8058 one-click); repeating it is harmless */
        post: operations["Unsubscribe_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preferences/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preference centre: every topic with the recipient’s status, and unsubscribe from all (changes nothing) */
        get: operations["Preferences_page"];
        put?: never;
        /** Save the preference centre: ticked topics subscribed, the others unsubscribed; or unsubscribe from all (suppresses the address) */
        post: operations["Preferences_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sendgrid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SendGrid event webhook (bounce, dropped, spamreport, unsubscribe, group_unsubscribe, delivered); signature checked when SENDGRID_VERIFICATION_KEY is set */
        post: operations["Webhooks_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows with their steps and execution counts */
        get: operations["Workflows_list"];
        put?: never;
        /** Create a workflow with its ordered steps (admins and managers) */
        post: operations["Workflows_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workflow with its steps and execution counts */
        get: operations["Workflows_get"];
        put?: never;
        post?: never;
        /** Delete a workflow and its execution history; its running executions stop (admins and managers) */
        delete: operations["Workflows_remove"];
        options?: never;
        head?: never;
        /** Update a workflow; `steps`, when sent, replaces the whole step list (admins and managers) */
        patch: operations["Workflows_update"];
        trace?: never;
    };
    "/api/workflows/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol contacts in an active workflow now (manual trigger); contacts already in it are reported as skipped */
        post: operations["Workflows_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflows/{id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the executions of a workflow, newest first (members see their contacts only) */
        get: operations["Workflows_executionsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflow executions, newest first, by workflow, contact (the contact page) or status; members see their contacts only */
        get: operations["WorkflowExecutions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-executions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an execution with its step executions */
        get: operations["WorkflowExecutions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow-executions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an execution: pending steps are skipped (409 once it has ended) */
        post: operations["WorkflowExecutions_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures for contacts, deals, emails and workflows; time-based ones cover from–to (default this month) */
        get: operations["Dashboard_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-day or per-week series for charts: contacts created, emails sent/opened/clicked, deals won */
        get: operations["Dashboard_timeSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pipeline stage by stage: deal count and value, average time in stage, win rate (default pipeline unless named) */
        get: operations["Dashboard_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved list views: your own and the shared ones (search by name; sort on name, createdAt, updatedAt) */
        get: operations["Views_list"];
        put?: never;
        /** Save a view of a list (its filters, sort and columns), private unless shared */
        post: operations["Views_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a saved view (yours or a shared one) */
        get: operations["Views_get"];
        put?: never;
        post?: never;
        /** Delete a view (its owner, or an admin) */
        delete: operations["Views_remove"];
        options?: never;
        head?: never;
        /** Rename, share or change a view (its owner, or an admin) */
        patch: operations["Views_update"];
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys not revoked, newest first (never the key itself) */
        get: operations["ApiKeys_list"];
        put?: never;
        /**
         * Create an API key (admin); the answer holds the key itself, shown this once
         * @description Send the key as `Authorization: Bearer <key>`. Admin and manager keys act as you; a member key acts as the member `userId` names and sees only what that member sees. Stored as HMAC-SHA256 keyed by a secret derived from JWT_SECRET.
         */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: its next request gets 401 */
        delete: operations["ApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signup forms with their submission counts (search by name; sort on name, createdAt, updatedAt) */
        get: operations["Forms_list"];
        put?: never;
        /** Create a signup form (fields from contact and custom fields, topics, tags, double opt-in) */
        post: operations["Forms_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a signup form */
        get: operations["Forms_get"];
        put?: never;
        post?: never;
        /** Delete a signup form and its submissions (the consent ledger keeps its entries) */
        delete: operations["Forms_remove"];
        options?: never;
        head?: never;
        /** Change a signup form (fields present change) */
        patch: operations["Forms_update"];
        trace?: never;
    };
    "/api/forms/{id}/embed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embed snippet (plain HTML posting to the hosted endpoint) and the hosted page URL */
        get: operations["Forms_embed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/f/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hosted signup page of a form (HTML: labels, the consent text, the sender’s branding) */
        get: operations["PublicForms_page"];
        put?: never;
        /**
         * Sign up (form-encoded from the page or the embed snippet, or JSON from a site’s script)
         * @description Fields by name: `email`, `firstName`, `lastName`, `phone`, `cf.<key>`. The answer is the same whether the address was known or not. A filled `website` field (the honeypot) or too many posts for one address answer as usual and change nothing.
         */
        post: operations["PublicForms_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/f/{formId}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thank-you page a signup is sent to (303) when the form has no redirect */
        get: operations["PublicForms_thanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/confirm/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirm a signup (double opt-in): subscribes the form’s topics; opening it twice is harmless */
        get: operations["Confirm_confirm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held on the contact, as JSON (GDPR access request) */
        get: operations["Gdpr_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase the contact’s personal data (GDPR): the contact and its timeline go, deals and email counts stay without them, and the address is kept only as a hash so that nothing emails it again until a confirmed double opt-in */
        post: operations["Gdpr_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints (never their secrets) */
        get: operations["WebhookEndpoints_list"];
        put?: never;
        /** Create a webhook endpoint; the answer holds its signing secret, shown this once (400 naming `url` for a non-public address) */
        post: operations["WebhookEndpoints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["WebhookEndpoints_get"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["WebhookEndpoints_remove"];
        options?: never;
        head?: never;
        /** Update a webhook endpoint (isActive true turns a disabled one back on) */
        patch: operations["WebhookEndpoints_update"];
        trace?: never;
    };
    "/api/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the answer holds the new one, shown this once */
        post: operations["WebhookEndpoints_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `ping` event to this endpoint only; answers the delivery after its first attempt */
        post: operations["WebhookEndpoints_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s deliveries, newest first (filter by status) */
        get: operations["WebhookEndpoints_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attempt a delivery again now, with the same webhook-id; answers it after the attempt */
        post: operations["WebhookEndpoints_redeliver"];
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
        UserDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "member";
            isActive: boolean;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** Format: date-time */
            invitedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        UserPageDto: {
            data: components["schemas"]["UserDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        RegisterDto: {
            /**
             * Format: email
             * @example admin@corral.local
             */
            email: string;
            /** @example corral-demo */
            password: string;
            name: string;
        };
        TokenPairDto: {
            accessToken: string;
            refreshToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["UserDto"];
        };
        LoginDto: {
            /**
             * Format: email
             * @example admin@corral.local
             */
            email: string;
            /** @example corral-demo */
            password: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        ForgotPasswordDto: {
            /**
             * Format: email
             * @example admin@corral.local
             */
            email: string;
        };
        ResetPasswordDto: {
            token: string;
            password: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CreateUserDto: {
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "member";
            password?: string;
        };
        UpdateUserDto: {
            /** Format: email */
            email?: string;
            name?: string;
            /** @enum {string} */
            role?: "admin" | "manager" | "member";
            password?: string;
            isActive?: boolean;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            db: "up" | "down";
            /** @enum {string} */
            redis: "up" | "down";
        };
        FieldOptionDto: {
            value: string;
            label: string;
        };
        FieldDefinitionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            objectType: "contact" | "company" | "deal";
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "datetime" | "boolean" | "select" | "multiselect" | "url" | "email" | "phone";
            options: components["schemas"]["FieldOptionDto"][];
            required: boolean;
            description: string | null;
            position: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateFieldDto: {
            /** @enum {string} */
            objectType: "contact" | "company" | "deal";
            /** @example member_rating */
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "datetime" | "boolean" | "select" | "multiselect" | "url" | "email" | "phone";
            options?: components["schemas"]["FieldOptionDto"][];
            /** @default false */
            required: boolean;
            description?: string | null;
            position?: number;
        };
        UpdateFieldDto: {
            label?: string;
            options?: components["schemas"]["FieldOptionDto"][];
            required?: boolean;
            description?: string | null;
            position?: number;
        };
        ImportStartedDto: {
            /** Format: uuid */
            id: string;
        };
        ColumnValueDto: {
            value: string;
            count: number;
        };
        PreviewColumnDto: {
            header: string;
            field: ("email" | "firstName" | "lastName" | "fullName" | "phone" | "company" | "status" | "owner" | "tags" | "notes" | "createdAt" | null) | string;
            values: components["schemas"]["ColumnValueDto"][] | null;
            /** @example cf.member_rating */
            suggestedField: string | null;
            /** @enum {string} */
            guessedType: "text" | "textarea" | "number" | "date" | "datetime" | "boolean" | "select" | "multiselect" | "url" | "email" | "phone";
        };
        ImportWorkflowDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            triggerEvent: "contact_created" | "contact_updated" | "tag_added";
            tag: string | null;
            field: string | null;
            rows: number;
        };
        ImportPreviewDto: {
            /** @enum {string} */
            delimiter: "," | ";" | "\t";
            columns: components["schemas"]["PreviewColumnDto"][];
            rows: string[][];
            total: number;
            fields: ("email" | "firstName" | "lastName" | "fullName" | "phone" | "company" | "status" | "owner" | "tags" | "notes" | "createdAt")[];
            workflows: components["schemas"]["ImportWorkflowDto"][];
        };
        ImportColumnDto: {
            header: string;
            field: ("email" | "firstName" | "lastName" | "fullName" | "phone" | "company" | "status" | "owner" | "tags" | "notes" | "createdAt" | null) | string;
        };
        ImportErrorDto: {
            row: number;
            message: string;
        };
        ImportStatusDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            fileName: string;
            /** @enum {string} */
            onDuplicate: "skip" | "update";
            runWorkflows: boolean;
            columns: components["schemas"]["ImportColumnDto"][];
            total: number;
            processed: number;
            created: number;
            updated: number;
            skipped: number;
            errorCount: number;
            errors: components["schemas"]["ImportErrorDto"][];
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
        CompanyRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        UserRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: email */
            email: string;
        };
        ContactDto: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            fullName: string;
            /** Format: email */
            email: string;
            phone: string | null;
            /** Format: uuid */
            companyId: string | null;
            company: components["schemas"]["CompanyRefDto"] | (never | null);
            /** @enum {string} */
            status: "lead" | "prospect" | "customer" | "archived";
            tags: string[];
            notes: string | null;
            /** Format: uuid */
            assignedToId: string | null;
            assignedTo: components["schemas"]["UserRefDto"] | (never | null);
            /**
             * @description Custom field values by key (GET /api/fields): a number, boolean, `YYYY-MM-DD` date, ISO UTC datetime, list of option values (multiselect) or text. A field without a value is absent.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactPageDto: {
            data: components["schemas"]["ContactDto"][];
            total: number;
            limit: number;
            offset: number;
            totalIsEstimate: boolean;
        };
        CreateContactDto: {
            /** @description Empty when omitted */
            firstName?: string;
            /** @description Empty when omitted */
            lastName?: string;
            /** Format: email */
            email: string;
            phone?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /**
             * @description `lead` when omitted
             * @enum {string}
             */
            status?: "lead" | "prospect" | "customer" | "archived";
            tags?: string[];
            notes?: string | null;
            /** Format: uuid */
            assignedToId?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        ContactBatchDto: {
            contacts: components["schemas"]["CreateContactDto"][];
            /** @enum {string} */
            onDuplicate?: "skip" | "update";
        };
        BatchFieldErrorDto: {
            field: string;
            message: string;
        };
        ContactBatchItemResultDto: {
            index: number;
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            status: "created" | "updated" | "skipped" | "failed";
            errors?: components["schemas"]["BatchFieldErrorDto"][];
        };
        ContactBatchResultDto: {
            created: number;
            updated: number;
            skipped: number;
            failed: number;
            results: components["schemas"]["ContactBatchItemResultDto"][];
        };
        TagCountDto: {
            tag: string;
            count: number;
        };
        ContactFilterDto: {
            search?: string;
            /** @description One or more statuses, comma-separated or repeated */
            status?: ("lead" | "prospect" | "customer" | "archived")[];
            /** @description Tag(s) the contact must hold, comma-separated or repeated */
            tag?: string[];
            /** Format: uuid */
            companyId?: string;
            /** @description A user id, or `none` for unassigned contacts */
            assignedToId?: string;
        };
        BulkTagsDto: {
            /** @description Either this or `filter` */
            contactIds?: string[];
            /** @description Either this or `contactIds`: the list's filters, custom ones (`cf.<key>`, `cf.<key>[gte]`, …) included (`{}`: every contact you can see) */
            filter?: components["schemas"]["ContactFilterDto"];
            tags: string[];
        };
        BulkResultDto: {
            updated: number;
        };
        BulkAssignDto: {
            /** @description Either this or `filter` */
            contactIds?: string[];
            /** @description Either this or `contactIds`: the list's filters, custom ones (`cf.<key>`, `cf.<key>[gte]`, …) included (`{}`: every contact you can see) */
            filter?: components["schemas"]["ContactFilterDto"];
            /** Format: uuid */
            assignedToId: string | null;
        };
        BulkStatusDto: {
            /** @description Either this or `filter` */
            contactIds?: string[];
            /** @description Either this or `contactIds`: the list's filters, custom ones (`cf.<key>`, `cf.<key>[gte]`, …) included (`{}`: every contact you can see) */
            filter?: components["schemas"]["ContactFilterDto"];
            /** @enum {string} */
            status: "lead" | "prospect" | "customer" | "archived";
        };
        BulkDeleteDto: {
            /** @description Either this or `filter` */
            contactIds?: string[];
            /** @description Either this or `contactIds`: the list's filters, custom ones (`cf.<key>`, `cf.<key>[gte]`, …) included (`{}`: every contact you can see) */
            filter?: components["schemas"]["ContactFilterDto"];
        };
        BulkDeleteResultDto: {
            deleted: number;
        };
        UpdateContactDto: {
            firstName?: string;
            lastName?: string;
            /** Format: email */
            email?: string;
            phone?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** @enum {string} */
            status?: "lead" | "prospect" | "customer" | "archived";
            tags?: string[];
            notes?: string | null;
            /** Format: uuid */
            assignedToId?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        TagsDto: {
            tags: string[];
        };
        ActivityAuthorDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ActivityApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ActivityDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contactId: string;
            /** @enum {string} */
            type: "note" | "call" | "meeting" | "email" | "task" | "system";
            title: string;
            description: string | null;
            createdBy: components["schemas"]["ActivityAuthorDto"] | (never | null);
            apiKey: components["schemas"]["ActivityApiKeyDto"] | (never | null);
            /** Format: date-time */
            createdAt: string;
        };
        ActivityPageDto: {
            data: components["schemas"]["ActivityDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateActivityDto: {
            /** @enum {string} */
            type: "note" | "call" | "meeting" | "email" | "task";
            title: string;
            description?: string | null;
        };
        CompanyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string | null;
            industry: string | null;
            size: string | null;
            contactCount: number;
            /**
             * @description Custom field values by key (GET /api/fields): a number, boolean, `YYYY-MM-DD` date, ISO UTC datetime, list of option values (multiselect) or text. A field without a value is absent.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CompanyPageDto: {
            data: components["schemas"]["CompanyDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateCompanyDto: {
            name: string;
            /** @example acme.com */
            domain?: string | null;
            industry?: string | null;
            /** @example 11-50 */
            size?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        ContactStatusCountsDto: {
            lead: number;
            prospect: number;
            customer: number;
            archived: number;
        };
        CompanyDetailDto: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string | null;
            industry: string | null;
            size: string | null;
            contactCount: number;
            /**
             * @description Custom field values by key (GET /api/fields): a number, boolean, `YYYY-MM-DD` date, ISO UTC datetime, list of option values (multiselect) or text. A field without a value is absent.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            contactsByStatus: components["schemas"]["ContactStatusCountsDto"];
        };
        UpdateCompanyDto: {
            name?: string;
            domain?: string | null;
            industry?: string | null;
            size?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        TopicDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            requiresOptIn: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateTopicDto: {
            name: string;
            description?: string | null;
            requiresOptIn?: boolean;
        };
        UpdateTopicDto: {
            name?: string;
            description?: string | null;
            requiresOptIn?: boolean;
        };
        SubscriptionDto: {
            /** Format: uuid */
            topicId: string;
            topicName: string;
            topicDescription: string | null;
            requiresOptIn: boolean;
            /** @enum {string} */
            status: "subscribed" | "unsubscribed" | "pending";
            explicit: boolean;
            /** Format: date-time */
            updatedAt: string | null;
        };
        SubscriptionChangeDto: {
            /** Format: uuid */
            topicId: string;
            /** @enum {string} */
            status: "subscribed" | "unsubscribed";
        };
        ConsentEventDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: "subscribed" | "confirmed" | "unsubscribed";
            /** Format: uuid */
            topicId: string | null;
            /** @enum {string} */
            source: "form" | "import" | "api" | "manual" | "unsubscribe_link" | "one_click" | "preference_centre";
            /** Format: uuid */
            formId: string | null;
            ip: string | null;
            userAgent: string | null;
            text: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            /** Format: uuid */
            actorApiKeyId: string | null;
            /** Format: date-time */
            at: string;
        };
        StageDto: {
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
            probability: number;
            /** @enum {string|null} */
            outcome: "won" | "lost" | null;
        };
        PipelineDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            isDefault: boolean;
            stages: components["schemas"]["StageDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PipelinePageDto: {
            data: components["schemas"]["PipelineDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        StageInputDto: {
            /** Format: uuid */
            id?: string;
            name: string;
            order: number;
            probability: number;
            /** @enum {string|null} */
            outcome?: "won" | "lost" | null;
        };
        CreatePipelineDto: {
            name: string;
            description?: string | null;
            isDefault?: boolean;
            stages: components["schemas"]["StageInputDto"][];
        };
        UpdatePipelineDto: {
            name?: string;
            description?: string | null;
            isDefault?: boolean;
            stages?: components["schemas"]["StageInputDto"][];
        };
        DealContactRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: email */
            email: string;
        };
        RefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DealStageRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
            probability: number;
            /** @enum {string|null} */
            outcome: "won" | "lost" | null;
        };
        DealDto: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            /** @example 12500.5 */
            value: number;
            /** @example USD */
            currency: string;
            /** Format: uuid */
            contactId: string | null;
            /** Format: uuid */
            companyId: string | null;
            /** Format: uuid */
            pipelineId: string;
            /** Format: uuid */
            stageId: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            /** Format: uuid */
            assignedToId: string | null;
            /** Format: date */
            closeDate: string | null;
            position: number;
            /** Format: date-time */
            stageChangedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            contact: components["schemas"]["DealContactRefDto"] | (never | null);
            company: components["schemas"]["RefDto"] | (never | null);
            assignedTo: components["schemas"]["RefDto"] | (never | null);
            stage: components["schemas"]["DealStageRefDto"];
            pipeline: components["schemas"]["RefDto"];
            /**
             * @description Custom field values by key (GET /api/fields): a number, boolean, `YYYY-MM-DD` date, ISO UTC datetime, list of option values (multiselect) or text. A field without a value is absent.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields: {
                [key: string]: unknown;
            };
        };
        BoardColumnDto: {
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
            probability: number;
            /** @enum {string|null} */
            outcome: "won" | "lost" | null;
            deals: components["schemas"]["DealDto"][];
            count: number;
            totalValue: number;
            weightedValue: number;
        };
        BoardDto: {
            pipeline: components["schemas"]["PipelineDto"];
            stages: components["schemas"]["BoardColumnDto"][];
        };
        DealPageDto: {
            data: components["schemas"]["DealDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        StageDurationDto: {
            /** Format: uuid */
            stageId: string;
            stageName: string;
            /** Format: uuid */
            pipelineId: string;
            order: number;
            stays: number;
            averageSeconds: number | null;
        };
        DealStatsDto: {
            open: number;
            pipelineValue: number;
            weightedPipelineValue: number;
            won: number;
            lost: number;
            wonValue: number;
            averageDealSize: number;
            winRate: number;
            timeInStages: components["schemas"]["StageDurationDto"][];
        };
        CreateDealDto: {
            title: string;
            description?: string | null;
            /** @example 12500 */
            value?: number;
            /** @example USD */
            currency?: string;
            /** Format: uuid */
            contactId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            pipelineId?: string;
            /** Format: uuid */
            stageId?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost";
            /** Format: uuid */
            assignedToId?: string | null;
            /**
             * Format: date
             * @example 2025-12-31
             */
            closeDate?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        UpdateDealDto: {
            title?: string;
            description?: string | null;
            value?: number;
            /** @example EUR */
            currency?: string;
            /** Format: uuid */
            contactId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            pipelineId?: string;
            /** Format: uuid */
            stageId?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost";
            /** Format: uuid */
            assignedToId?: string | null;
            /** Format: date */
            closeDate?: string | null;
            /**
             * @description Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.
             * @example {
             *       "member_rating": 4,
             *       "plan": "pro"
             *     }
             */
            customFields?: {
                [key: string]: unknown;
            };
        };
        MoveDealDto: {
            /** Format: uuid */
            stageId: string;
            index?: number;
        };
        HistoryStageRefDto: {
            /** Format: uuid */
            id: string | null;
            name: string;
        };
        DealStageHistoryDto: {
            /** Format: uuid */
            id: string;
            fromStage: components["schemas"]["HistoryStageRefDto"] | (never | null);
            toStage: components["schemas"]["HistoryStageRefDto"];
            changedBy: components["schemas"]["RefDto"] | (never | null);
            apiKey: components["schemas"]["RefDto"] | (never | null);
            /** Format: date-time */
            changedAt: string;
            /** Format: date-time */
            leftAt: string | null;
        };
        SegmentFieldConditionDto: {
            field: string;
            /** @enum {string} */
            op: "eq" | "neq" | "in" | "not_in" | "contains" | "not_contains" | "starts_with" | "empty" | "not_empty" | "gt" | "gte" | "lt" | "lte" | "before" | "after" | "within_last_days" | "more_than_days_ago";
            value?: string | number | boolean | (string | number)[];
        };
        SegmentEmailConditionDto: {
            /** @enum {string} */
            type: "email";
            /** @enum {string} */
            op: "received" | "opened" | "clicked" | "not_opened" | "not_clicked";
            /** Format: uuid */
            campaignId?: string;
            withinDays?: number;
        };
        SegmentDealConditionDto: {
            /** @enum {string} */
            type: "deal";
            /** @enum {string} */
            op: "has" | "has_not";
            /** @enum {string} */
            status?: "open" | "won" | "lost";
            /** Format: uuid */
            pipelineId?: string;
            /** Format: uuid */
            stageId?: string;
        };
        SegmentMembershipConditionDto: {
            /** @enum {string} */
            type: "segment";
            /** @enum {string} */
            op: "in" | "not_in";
            /** Format: uuid */
            segmentId: string;
        };
        SegmentDefinitionDto: {
            /** @enum {string} */
            match: "all" | "any";
            conditions: (components["schemas"]["SegmentDefinitionDto"] | components["schemas"]["SegmentFieldConditionDto"] | components["schemas"]["SegmentEmailConditionDto"] | components["schemas"]["SegmentDealConditionDto"] | components["schemas"]["SegmentMembershipConditionDto"])[];
        };
        SegmentDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            definition: components["schemas"]["SegmentDefinitionDto"];
            usedBy: string[];
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SegmentPageDto: {
            data: components["schemas"]["SegmentDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateSegmentDto: {
            name: string;
            description?: string | null;
            definition: components["schemas"]["SegmentDefinitionDto"];
        };
        SegmentCountQueryDto: {
            definition: components["schemas"]["SegmentDefinitionDto"];
        };
        SegmentDefinitionCountDto: {
            count: number;
            sample: components["schemas"]["ContactDto"][];
        };
        UpdateSegmentDto: {
            name?: string;
            description?: string | null;
            definition?: components["schemas"]["SegmentDefinitionDto"];
        };
        SegmentCountDto: {
            count: number;
        };
        TemplateSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            subject: string;
            fromEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TemplatePageDto: {
            data: components["schemas"]["TemplateSummaryDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        MergeTagDto: {
            /** @example {{first_name}} */
            tag: string;
            description: string;
        };
        PreviewDraftDto: {
            /** Format: uuid */
            contactId?: string;
            subject: string;
            htmlBody: string;
            textBody?: string | null;
        };
        TemplatePreviewDto: {
            subject: string;
            html: string;
            text: string;
            warnings: string[];
        };
        TemplateDto: {
            /** Format: uuid */
            id: string;
            name: string;
            subject: string;
            htmlBody: string;
            textBody: string | null;
            fromEmail: string | null;
            fromName: string | null;
            warnings: string[];
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateTemplateDto: {
            name: string;
            /** @example Hello {{default first_name "there"}} */
            subject: string;
            /** @example <p>Hi {{first_name}},</p> */
            htmlBody: string;
            textBody?: string | null;
            /** Format: email */
            fromEmail?: string | null;
            fromName?: string | null;
        };
        UpdateTemplateDto: {
            name?: string;
            /** @example Hello {{default first_name "there"}} */
            subject?: string;
            /** @example <p>Hi {{first_name}},</p> */
            htmlBody?: string;
            textBody?: string | null;
            /** Format: email */
            fromEmail?: string | null;
            fromName?: string | null;
        };
        PreviewTemplateDto: {
            /** Format: uuid */
            contactId?: string;
        };
        SendTestEmailDto: {
            /** Format: uuid */
            contactId?: string;
            /** Format: email */
            email: string;
        };
        SendTestResultDto: {
            response: string;
        };
        SegmentFilterDto: {
            status?: ("lead" | "prospect" | "customer" | "archived") | ("lead" | "prospect" | "customer" | "archived")[];
            tags?: string[];
            /** @enum {string} */
            tagMatch?: "any" | "all";
            /** Format: uuid */
            companyId?: string;
            /** Format: uuid */
            assignedToId?: string;
        };
        CampaignStatsDto: {
            recipients: number;
            pending: number;
            sent: number;
            failed: number;
            bounced: number;
            opened: number;
            clicked: number;
            unsubscribed: number;
            openRate: number;
            clickRate: number;
        };
        CampaignDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** Format: uuid */
            templateId: string | null;
            templateName: string | null;
            segmentFilter: components["schemas"]["SegmentFilterDto"];
            segmentIds: string[];
            excludeSegmentIds: string[];
            /** Format: uuid */
            topicId: string | null;
            /** @enum {string} */
            status: "draft" | "scheduled" | "sending" | "sent" | "paused" | "cancelled";
            /** Format: date-time */
            scheduledAt: string | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** @description Each email carries the open pixel. When false, `stats.opened` counts only emails whose links were clicked. */
            trackOpens: boolean;
            /** @description Links are rewritten to click-tracking redirects. When false they go straight to their targets; the unsubscribe link is never rewritten. */
            trackClicks: boolean;
            stats: components["schemas"]["CampaignStatsDto"];
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignPageDto: {
            data: components["schemas"]["CampaignDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateCampaignDto: {
            name: string;
            description?: string | null;
            /** Format: uuid */
            templateId?: string | null;
            segmentFilter?: components["schemas"]["SegmentFilterDto"];
            segmentIds?: string[];
            excludeSegmentIds?: string[];
            /** Format: uuid */
            topicId?: string | null;
            /** Format: date-time */
            scheduledAt?: string | null;
            /** @description Add the open-tracking pixel to each email; true when absent on create. */
            trackOpens?: boolean;
            /** @description Rewrite links to click-tracking redirects (never the unsubscribe link); true when absent on create. */
            trackClicks?: boolean;
        };
        AudienceQueryDto: {
            segmentFilter: components["schemas"]["SegmentFilterDto"];
            segmentIds?: string[];
            excludeSegmentIds?: string[];
            /** Format: uuid */
            topicId?: string | null;
        };
        AudienceDto: {
            count: number;
            excluded: number;
        };
        UpdateCampaignDto: {
            name?: string;
            description?: string | null;
            /** Format: uuid */
            templateId?: string | null;
            segmentFilter?: components["schemas"]["SegmentFilterDto"];
            segmentIds?: string[];
            excludeSegmentIds?: string[];
            /** Format: uuid */
            topicId?: string | null;
            /** Format: date-time */
            scheduledAt?: string | null;
            /** @description Add the open-tracking pixel to each email; true when absent on create. */
            trackOpens?: boolean;
            /** @description Rewrite links to click-tracking redirects (never the unsubscribe link); true when absent on create. */
            trackClicks?: boolean;
        };
        RecipientExplanationDto: {
            included: boolean;
            /** @enum {string} */
            reason: "included" | "not_in_audience" | "excluded_segment" | "unsubscribed_topic" | "suppressed" | "archived" | "pending" | "sent" | "delivered" | "failed" | "bounced";
        };
        EmailLogDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            campaignId: string | null;
            campaignName: string | null;
            /** Format: uuid */
            contactId: string;
            contactName: string;
            /** Format: uuid */
            templateId: string | null;
            email: string;
            /** @enum {string} */
            status: "pending" | "sent" | "delivered" | "failed" | "bounced";
            renderedSubject: string | null;
            errorMessage: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            clickedAt: string | null;
            openCount: number;
            clickCount: number;
            clickedLinks: string[];
            /** Format: date-time */
            unsubscribedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EmailLogPageDto: {
            data: components["schemas"]["EmailLogDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        TimelinePointDto: {
            /** Format: date-time */
            at: string;
            sent: number;
            opened: number;
            clicked: number;
        };
        CampaignTimelineDto: {
            /** @enum {string} */
            interval: "minute" | "hour" | "day";
            points: components["schemas"]["TimelinePointDto"][];
        };
        UnsubscribeReasonCountDto: {
            /** @enum {string} */
            reason: "too_frequent" | "not_relevant" | "never_signed_up" | "other";
            count: number;
        };
        CampaignLinkStatsDto: {
            url: string;
            clickers: number;
        };
        SuppressionDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            reason: "unsubscribed" | "bounced" | "complained" | "manual";
            detail: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SuppressionPageDto: {
            data: components["schemas"]["SuppressionDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateSuppressionDto: {
            /** Format: email */
            email: string;
            /**
             * @default manual
             * @enum {string}
             */
            reason: "unsubscribed" | "bounced" | "complained" | "manual";
            detail?: string;
        };
        EmailSettingsDto: {
            /** @description Sender address of templates that name none; until set, `noreply@` the host of PUBLIC_URL (which may be `localhost`) */
            fromEmail: string;
            fromName: string;
            postalAddress: string;
        };
        UpdateEmailSettingsDto: {
            /** Format: email */
            fromEmail?: string;
            fromName?: string;
            postalAddress?: string;
        };
        WebhookResultDto: {
            received: number;
            applied: number;
        };
        TriggerDataDto: {
            tag?: string;
            /** Format: uuid */
            pipelineId?: string;
            /** Format: uuid */
            stageId?: string;
            /** @example status */
            field?: string;
            /** Format: uuid */
            formId?: string;
        };
        ActionDataDto: {
            tag?: string;
            /** @enum {string} */
            status?: "lead" | "prospect" | "customer" | "archived";
            /** Format: uuid */
            userId?: string;
            /** Format: uuid */
            endpointId?: string;
            /** Format: uuid */
            topicId?: string;
        };
        WorkflowStepAssigneeDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description False once the user was deactivated: the step then fails when it runs */
            isActive: boolean;
        };
        WorkflowStepDto: {
            /** Format: uuid */
            id: string;
            order: number;
            /** @enum {string} */
            action: "send_email" | "add_tag" | "remove_tag" | "change_status" | "assign_to" | "wait" | "send_webhook";
            delayMinutes: number;
            /** Format: uuid */
            emailTemplateId: string | null;
            actionData: components["schemas"]["ActionDataDto"];
            isEnabled: boolean;
            /** @description assign_to steps: the user `actionData.userId` names, for every reader (members may not list users). Null for other actions and when that user was deleted. Read-only: ignored in a create or update. */
            readonly assignee: components["schemas"]["WorkflowStepAssigneeDto"] | (never | null);
        };
        ExecutionCountsDto: {
            running: number;
            completed: number;
            failed: number;
            cancelled: number;
        };
        WorkflowDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            triggerEvent: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
            triggerData: components["schemas"]["TriggerDataDto"];
            isActive: boolean;
            steps: components["schemas"]["WorkflowStepDto"][];
            executionCounts: components["schemas"]["ExecutionCountsDto"];
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WorkflowPageDto: {
            data: components["schemas"]["WorkflowDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        WorkflowStepInputDto: {
            /** Format: uuid */
            id?: string;
            order?: number;
            /** @enum {string} */
            action: "send_email" | "add_tag" | "remove_tag" | "change_status" | "assign_to" | "wait" | "send_webhook";
            /** @default 0 */
            delayMinutes: number;
            /** Format: uuid */
            emailTemplateId?: string | null;
            actionData?: components["schemas"]["ActionDataDto"];
            /** @default true */
            isEnabled: boolean;
        };
        CreateWorkflowDto: {
            name: string;
            description?: string | null;
            /** @enum {string} */
            triggerEvent: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
            triggerData?: components["schemas"]["TriggerDataDto"];
            /** @default false */
            isActive: boolean;
            steps?: components["schemas"]["WorkflowStepInputDto"][];
        };
        UpdateWorkflowDto: {
            name?: string;
            description?: string | null;
            /** @enum {string} */
            triggerEvent?: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
            triggerData?: components["schemas"]["TriggerDataDto"];
            isActive?: boolean;
            steps?: components["schemas"]["WorkflowStepInputDto"][];
        };
        RunWorkflowDto: {
            contactIds: string[];
        };
        RunSkippedDto: {
            /** Format: uuid */
            contactId: string;
            reason: string;
        };
        RunWorkflowResultDto: {
            executionIds: string[];
            skipped: components["schemas"]["RunSkippedDto"][];
        };
        ExecutionContactDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: email */
            email: string;
        };
        WorkflowExecutionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            workflowName: string;
            contact: components["schemas"]["ExecutionContactDto"];
            /** @enum {string} */
            status: "pending" | "in_progress" | "completed" | "cancelled" | "failed";
            /** @enum {string} */
            triggerEvent: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            errorMessage: string | null;
            stepCount: number;
            stepsDone: number;
            /** Format: date-time */
            nextStepAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WorkflowExecutionPageDto: {
            data: components["schemas"]["WorkflowExecutionDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        StepExecutionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stepId: string | null;
            order: number;
            /** @enum {string} */
            action: "send_email" | "add_tag" | "remove_tag" | "change_status" | "assign_to" | "wait" | "send_webhook";
            /** @enum {string} */
            status: "pending" | "completed" | "failed" | "skipped";
            /** Format: date-time */
            scheduledFor: string;
            /** Format: date-time */
            executedAt: string | null;
            errorMessage: string | null;
            attempts: number;
            /** Format: date-time */
            retryAt: string | null;
            /** Format: uuid */
            emailLogId: string | null;
        };
        WorkflowExecutionDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            workflowName: string;
            contact: components["schemas"]["ExecutionContactDto"];
            /** @enum {string} */
            status: "pending" | "in_progress" | "completed" | "cancelled" | "failed";
            /** @enum {string} */
            triggerEvent: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            errorMessage: string | null;
            stepCount: number;
            stepsDone: number;
            /** Format: date-time */
            nextStepAt: string | null;
            /** Format: date-time */
            createdAt: string;
            steps: components["schemas"]["StepExecutionDto"][];
        };
        ContactsByStatusDto: {
            lead: number;
            prospect: number;
            customer: number;
            archived: number;
        };
        DashboardContactsDto: {
            total: number;
            byStatus: components["schemas"]["ContactsByStatusDto"];
            companies: number;
            newThisMonth: number;
        };
        DashboardDealsDto: {
            open: number;
            /** @example 125000.5 */
            pipelineValue: number;
            /** @example 12500 */
            averageDealSize: number;
            /** @example 0.4 */
            winRate: number;
        };
        TopCampaignDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "sending" | "sent" | "paused" | "cancelled";
            sent: number;
            opened: number;
            clicked: number;
            openRate: number;
            clickRate: number;
        };
        DashboardEmailsDto: {
            sentThisMonth: number;
            campaigns: number;
            averageOpenRate: number;
            averageClickRate: number;
            topCampaigns: components["schemas"]["TopCampaignDto"][];
        };
        WorkflowActivityDto: {
            /** Format: uuid */
            stepExecutionId: string;
            /** Format: uuid */
            executionId: string;
            /** Format: uuid */
            workflowId: string;
            workflowName: string;
            /** Format: uuid */
            contactId: string;
            contactName: string;
            /** @enum {string} */
            action: "send_email" | "add_tag" | "remove_tag" | "change_status" | "assign_to" | "wait" | "send_webhook";
            /** @enum {string} */
            status: "completed" | "failed" | "skipped";
            errorMessage: string | null;
            /** Format: date-time */
            executedAt: string;
        };
        WorkflowStatsDto: {
            active: number;
            completedExecutions: number;
            failedSteps: number;
            recentActivity: components["schemas"]["WorkflowActivityDto"][];
        };
        DashboardDto: {
            contacts: components["schemas"]["DashboardContactsDto"];
            deals: components["schemas"]["DashboardDealsDto"];
            emails: components["schemas"]["DashboardEmailsDto"];
            workflows: components["schemas"]["WorkflowStatsDto"];
        };
        TimeSeriesPointDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            date: string;
            contactsCreated: number;
            emailsSent: number;
            emailsOpened: number;
            emailsClicked: number;
            dealsWon: number;
            dealsWonValue: number;
        };
        TimeSeriesDto: {
            /** @enum {string} */
            interval: "day" | "week";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            points: components["schemas"]["TimeSeriesPointDto"][];
        };
        PipelineStageBreakdownDto: {
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
            probability: number;
            /** @enum {string|null} */
            outcome: "won" | "lost" | null;
            count: number;
            /** @example 48000 */
            value: number;
            /** @example 345600 */
            averageSecondsInStage: number | null;
            completedStays: number;
        };
        PipelineBreakdownDto: {
            /** Format: uuid */
            pipelineId: string;
            pipelineName: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            stages: components["schemas"]["PipelineStageBreakdownDto"][];
            openDeals: number;
            pipelineValue: number;
            weightedPipelineValue: number;
            winRate: number;
            averageDealSize: number;
        };
        SavedViewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            objectType: "contact" | "company" | "deal";
            name: string;
            /**
             * @example {
             *       "status": [
             *         "lead",
             *         "prospect"
             *       ],
             *       "cf.lead_score[gte]": "50"
             *     }
             */
            filters: {
                [key: string]: string | string[];
            };
            sort: string | null;
            columns: string[];
            shared: boolean;
            /** Format: uuid */
            ownerId: string;
            ownerName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SavedViewPageDto: {
            data: components["schemas"]["SavedViewDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateSavedViewDto: {
            /** @enum {string} */
            objectType: "contact" | "company" | "deal";
            name: string;
            /**
             * @description Empty when omitted
             * @example {
             *       "status": [
             *         "lead",
             *         "prospect"
             *       ],
             *       "cf.lead_score[gte]": "50"
             *     }
             */
            filters?: {
                [key: string]: string | string[];
            };
            sort?: string | null;
            /** @description Empty when omitted */
            columns?: string[];
            /** @description `false` when omitted */
            shared?: boolean;
        };
        UpdateSavedViewDto: {
            name?: string;
            /**
             * @example {
             *       "status": [
             *         "lead",
             *         "prospect"
             *       ],
             *       "cf.lead_score[gte]": "50"
             *     }
             */
            filters?: {
                [key: string]: string | string[];
            };
            sort?: string | null;
            columns?: string[];
            shared?: boolean;
        };
        CreateApiKeyDto: {
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "member";
            scopes: ("contacts:read" | "contacts:write" | "deals:read" | "deals:write" | "emails:read" | "emails:write" | "automations:read" | "automations:write" | "dashboard:read" | "webhooks:write")[];
            /** Format: uuid */
            userId?: string | null;
            /** Format: date-time */
            expiresAt?: string | null;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** @enum {string} */
            role: "admin" | "manager" | "member";
            scopes: ("contacts:read" | "contacts:write" | "deals:read" | "deals:write" | "emails:read" | "emails:write" | "automations:read" | "automations:write" | "dashboard:read" | "webhooks:write")[];
            /** Format: uuid */
            userId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** @example crl_Ab3dE6gH_… */
            key: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** @enum {string} */
            role: "admin" | "manager" | "member";
            scopes: ("contacts:read" | "contacts:write" | "deals:read" | "deals:write" | "emails:read" | "emails:write" | "automations:read" | "automations:write" | "dashboard:read" | "webhooks:write")[];
            /** Format: uuid */
            userId: string | null;
            userName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
        };
        ApiKeyPageDto: {
            data: components["schemas"]["ApiKeyDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        FormFieldDto: {
            /** @example firstName */
            field: string;
            label: string;
            required: boolean;
        };
        FormDto: {
            /** Format: uuid */
            id: string;
            name: string;
            fields: components["schemas"]["FormFieldDto"][];
            topicIds: string[];
            tags: string[];
            doubleOptIn: boolean;
            successMessage: string | null;
            redirectUrl: string | null;
            /** Format: uuid */
            confirmationTemplateId: string | null;
            /** Format: uuid */
            createdById: string | null;
            submissions: number;
            /** @example https://crm.example.com/f/3f2c… */
            url: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FormPageDto: {
            data: components["schemas"]["FormDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        CreateFormDto: {
            name: string;
            fields: components["schemas"]["FormFieldDto"][];
            topicIds?: string[];
            tags?: string[];
            /** @default true */
            doubleOptIn: boolean;
            successMessage?: string | null;
            redirectUrl?: string | null;
            /** Format: uuid */
            confirmationTemplateId?: string | null;
        };
        FormEmbedDto: {
            html: string;
            url: string;
        };
        UpdateFormDto: {
            name?: string;
            fields?: components["schemas"]["FormFieldDto"][];
            topicIds?: string[];
            tags?: string[];
            /** @default true */
            doubleOptIn: boolean;
            successMessage?: string | null;
            redirectUrl?: string | null;
            /** Format: uuid */
            confirmationTemplateId?: string | null;
        };
        FormSignupResultDto: {
            /** @enum {string} */
            status: "pending_confirmation" | "subscribed";
        };
        ContactDataExportDto: {
            /** Format: date-time */
            exportedAt: string;
            contact: {
                [key: string]: unknown;
            };
            company: {
                [key: string]: unknown;
            } | null;
            activities: {
                [key: string]: unknown;
            }[];
            deals: {
                [key: string]: unknown;
            }[];
            emailLogs: {
                [key: string]: unknown;
            }[];
            campaignSkips: {
                [key: string]: unknown;
            }[];
            subscriptions: {
                [key: string]: unknown;
            }[];
            consents: {
                [key: string]: unknown;
            }[];
            formSubmissions: {
                [key: string]: unknown;
            }[];
            workflowExecutions: {
                [key: string]: unknown;
            }[];
            importErrors: {
                [key: string]: unknown;
            }[];
            suppressions: {
                [key: string]: unknown;
            }[];
            webhookEvents: {
                [key: string]: unknown;
            }[];
        };
        WebhookEndpointDto: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: ("contact.created" | "contact.updated" | "contact.deleted" | "contact.unsubscribed" | "company.created" | "company.updated" | "company.deleted" | "deal.created" | "deal.updated" | "deal.deleted" | "deal.stage_changed" | "deal.won" | "deal.lost" | "email.sent" | "email.delivered" | "email.opened" | "email.clicked" | "email.bounced" | "email.complained" | "campaign.sent" | "form.submitted" | "import.completed" | "workflow.execution_completed")[];
            isActive: boolean;
            /** Format: date-time */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpointListDto: {
            data: components["schemas"]["WebhookEndpointDto"][];
        };
        CreateWebhookEndpointDto: {
            /** @example https://hooks.example.com/corral */
            url: string;
            description?: string;
            events: ("contact.created" | "contact.updated" | "contact.deleted" | "contact.unsubscribed" | "company.created" | "company.updated" | "company.deleted" | "deal.created" | "deal.updated" | "deal.deleted" | "deal.stage_changed" | "deal.won" | "deal.lost" | "email.sent" | "email.delivered" | "email.opened" | "email.clicked" | "email.bounced" | "email.complained" | "campaign.sent" | "form.submitted" | "import.completed" | "workflow.execution_completed")[];
            isActive?: boolean;
        };
        CreatedWebhookEndpointDto: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: ("contact.created" | "contact.updated" | "contact.deleted" | "contact.unsubscribed" | "company.created" | "company.updated" | "company.deleted" | "deal.created" | "deal.updated" | "deal.deleted" | "deal.stage_changed" | "deal.won" | "deal.lost" | "email.sent" | "email.delivered" | "email.opened" | "email.clicked" | "email.bounced" | "email.complained" | "campaign.sent" | "form.submitted" | "import.completed" | "workflow.execution_completed")[];
            isActive: boolean;
            /** Format: date-time */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw */
            secret: string;
        };
        UpdateWebhookEndpointDto: {
            /** @example https://hooks.example.com/corral */
            url?: string;
            description?: string;
            events?: ("contact.created" | "contact.updated" | "contact.deleted" | "contact.unsubscribed" | "company.created" | "company.updated" | "company.deleted" | "deal.created" | "deal.updated" | "deal.deleted" | "deal.stage_changed" | "deal.won" | "deal.lost" | "email.sent" | "email.delivered" | "email.opened" | "email.clicked" | "email.bounced" | "email.complained" | "campaign.sent" | "form.submitted" | "import.completed" | "workflow.execution_completed")[];
            isActive?: boolean;
        };
        WebhookSecretDto: {
            secret: string;
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            /** @example contact.updated */
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            responseStatus: number | null;
            responseBody: string | null;
            error: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryPageDto: {
            data: components["schemas"]["WebhookDeliveryDto"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        ProblemDetails: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: {
        /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Users_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UserAccounts_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A user with this email exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The SMTP server refused the invite email; nothing was created */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Users_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description You cannot delete yourself or the last admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The email is taken, or the change would leave no active admin (or deactivate yourself) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Sign-up is closed (there are users and ALLOW_SIGNUP is not true), or the email is taken */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts from this address and email; wait a minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Wrong email or password, or the account is deactivated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts from this address for this email (LOGIN_RATE_LIMIT per minute), or too many failed logins for this account from all addresses (LOGIN_ACCOUNT_RATE_LIMIT per 15 minutes); `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The refresh token is invalid, expired or already used */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description Accepted; an email follows if the address has an active account and was not sent one in the last minute (at most five an hour per account, whichever addresses ask) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address for this email; wait a minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is set; log in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is invalid, expired or used (field `token`), or the password too short (field `password`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description The password is changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current password is wrong (field `currentPassword`) or the new one too short (field `newPassword`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts from this address; wait a minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description A dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Fields_list: {
        parameters: {
            query?: {
                objectType?: "contact" | "company" | "deal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldDefinitionDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Fields_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFieldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldDefinitionDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A field of this object type has the key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Fields_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldDefinitionDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Fields_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The field is in use (`usedBy` names what uses it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Fields_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFieldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldDefinitionDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A removed option is still held by records (`recordCount` says how many) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ContactImports_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV, UTF-8, header row; at most 50 MB
                     */
                    file: string;
                    /**
                     * @description What to do with a row whose email already exists
                     * @default skip
                     * @enum {string}
                     */
                    onDuplicate?: "skip" | "update";
                    /**
                     * @description Optional JSON object header → field (one of email, firstName, lastName, fullName, phone, company, status, owner, tags, notes, createdAt, cf.<key> for a custom field, or "" to ignore the column), overriding the detected mapping. A createdAt column keeps the creation date (ISO 8601, YYYY-MM-DD HH:mm[:ss], MM/DD/YYYY [h:mm AM], DD.MM.YYYY; a time without zone is UTC). Custom field cells are read by type: numbers as 1234.5, booleans as true/false/yes/no, dates as YYYY-MM-DD, select values by value or label, multiselect values separated by , or ;
                     * @example {"E-Mail Address":"email","Org":"company","MEMBER_RATING":"cf.member_rating","Internal id":""}
                     */
                    mapping?: string;
                    /**
                     * @description Optional JSON object field (status, owner or cf.<key> of a select or multiselect custom field) → {value in the file: value to import}; a status must be one Corral knows, an owner the email of an active user, a custom value one of its option values (each value of a multiselect cell is mapped on its own), "" leaves the field empty. Values are matched exactly, then ignoring case; unmapped values are imported as they are
                     * @example {"status":{"Subscriber":"lead","Opportunity":"prospect","Customer":"customer"}}
                     */
                    valueMapping?: string;
                    /**
                     * @description true: the contacts the import creates or updates and the tags it adds start their contact_created / contact_updated / tag_added workflows
                     * @default false
                     * @enum {string}
                     */
                    runWorkflows?: "true" | "false";
                };
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStartedDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The file is larger than 50 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ContactImports_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV (figures and workflow counts cover what is sent)
                     */
                    file: string;
                    /** @description Optional, as for the import: the workflow counts follow it */
                    mapping?: string;
                    /**
                     * @description As for the import: with update, the counts include the contact_updated workflows of existing contacts
                     * @default skip
                     * @enum {string}
                     */
                    onDuplicate?: "skip" | "update";
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ContactImports_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatusDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ContactImports_errorReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                /** @description One or more statuses, comma-separated or repeated */
                status?: ("lead" | "prospect" | "customer" | "archived")[];
                /** @description Tag(s) the contact must hold, comma-separated or repeated */
                tag?: string[];
                companyId?: string;
                /** @description A user id, or `none` for unassigned contacts */
                assignedToId?: string;
                /** @description Only the contacts of this segment (as it is now), with the other filters on top */
                segmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A contact with this email exists (`existingContactId` names it when visible) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_upsertMany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactBatchResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_export: {
        parameters: {
            query?: {
                search?: string;
                /** @description One or more statuses, comma-separated or repeated */
                status?: ("lead" | "prospect" | "customer" | "archived")[];
                /** @description Tag(s) the contact must hold, comma-separated or repeated */
                tag?: string[];
                companyId?: string;
                /** @description A user id, or `none` for unassigned contacts */
                assignedToId?: string;
                /** @description Contact ids, comma-separated or repeated */
                ids?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_tags: {
        parameters: {
            query?: {
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCountDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_bulkTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTagsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A listed contact does not exist or is not visible to you (`detail` names them) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_bulkAssign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A listed contact does not exist or is not visible to you (`detail` names them) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_bulkStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A listed contact does not exist or is not visible to you (`detail` names them) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_bulkDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A listed contact does not exist or is not visible to you (`detail` names them) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another contact has this email */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another contact has this email */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_addTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_removeTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_listActivities: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Contacts_addActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                industry?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDetailDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A company with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_industries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDetailDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Companies_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDetailDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A company with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Topics_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDto"][];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Topics_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTopicDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another topic has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Topics_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Topics_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A campaign or form uses it (`usedBy` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Topics_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTopicDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another topic has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Subscriptions_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Subscriptions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChangeDto"][];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Subscriptions_consents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentEventDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelinePageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePipelineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A pipeline with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The pipeline is the default or holds deals */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePipelineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The name is taken, the last default would be unset, or a removed stage holds deals */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_removeStage: {
        parameters: {
            query?: {
                moveDealsTo?: string;
            };
            header?: never;
            path: {
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The stage holds deals and no moveDealsTo was given, or it is the last working stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Pipelines_board: {
        parameters: {
            query?: {
                assignedToId?: string;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                pipelineId?: string;
                stageId?: string;
                status?: "open" | "won" | "lost";
                assignedToId?: string;
                contactId?: string;
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A member assigned the deal to someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_statistics: {
        parameters: {
            query?: {
                pipelineId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealStatsDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A member assigned the deal to someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveDealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Deals_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealStageHistoryDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope deals:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSegmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_countDefinition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentCountQueryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDefinitionCountDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A campaign not sent yet or another segment uses it (`usedBy` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_count: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentCountDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Segments_contacts: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_mergeTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeTagDto"][];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_previewDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The template is used by a campaign or a workflow */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Templates_sendTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendTestEmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTestResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The SMTP server refused the test email */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                status?: "draft" | "scheduled" | "sending" | "sent" | "paused" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_audienceFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudienceQueryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign is scheduled, sending or paused: cancel it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign has started: it can no longer be edited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_audience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_explain: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientExplanationDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign is not a draft (for example, sent already) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_pause: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign is neither scheduled nor sending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign is not paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign is neither scheduled, sending nor paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_stats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStatsDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_logs: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                status?: "pending" | "sent" | "delivered" | "failed" | "bounced";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailLogPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTimelineDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_unsubscribeReasons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeReasonCountDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Campaigns_links: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignLinkStatsDto"][];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ContactEmails_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                status?: "pending" | "sent" | "delivered" | "failed" | "bounced";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailLogPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Suppressions_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                reason?: "unsubscribed" | "bounced" | "complained" | "manual";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuppressionPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Suppressions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSuppressionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuppressionDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The address is already on the list */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Suppressions_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EmailSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSettingsDto"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EmailSettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmailSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSettingsDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Tracking_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transparent 1×1 GIF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/gif": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Tracking_click: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the original link */
            302: {
                headers: {
                    /** @description The original link */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid link (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    Unsubscribe_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page with an Unsubscribe button */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid link (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    Unsubscribe_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** @description RFC 8058 mail clients send `List-Unsubscribe=One-Click`; the page’s button sends the optional `reason`. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    "List-Unsubscribe"?: "One-Click";
                    /** @enum {string} */
                    reason?: "too_frequent" | "not_relevant" | "never_signed_up" | "other";
                };
            };
        };
        responses: {
            /** @description HTML confirmation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A reason that is not one of the choices (HTML page) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid link (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Preferences_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid link (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    Preferences_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    action?: "save" | "unsubscribe_all";
                    /** @description The ticked topics */
                    topic?: string | string[];
                };
            };
        };
        responses: {
            /** @description The page again, saying it saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description An action or topic that is not one of the page’s (HTML page) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid link (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Webhooks_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description SendGrid's ECDSA signature; required when SENDGRID_VERIFICATION_KEY is set */
                "x-twilio-email-event-webhook-signature"?: string;
                /** @description The timestamp SendGrid signed with the body; required with the signature */
                "x-twilio-email-event-webhook-timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                }[];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or invalid signature (only when SENDGRID_VERIFICATION_KEY is set) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                triggerEvent?: "contact_created" | "contact_updated" | "tag_added" | "deal_stage_changed" | "manual" | "form_submitted";
                isActive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope automations:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope automations:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope automations:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunWorkflowResultDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow is inactive */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workflows_executionsOf: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                status?: "pending" | "in_progress" | "completed" | "cancelled" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExecutionPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkflowExecutions_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                status?: "pending" | "in_progress" | "completed" | "cancelled" | "failed";
                workflowId?: string;
                contactId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExecutionPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkflowExecutions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExecutionDetailDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkflowExecutions_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExecutionDetailDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope automations:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The execution has already ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Dashboard_summary: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description from/to not a YYYY-MM-DD date, or from after to */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope dashboard:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Dashboard_timeSeries: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                interval?: "day" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSeriesDto"];
                };
            };
            /** @description Bad from/to/interval, or daily buckets over more than 366 days */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope dashboard:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Dashboard_pipeline: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                pipelineId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineBreakdownDto"];
                };
            };
            /** @description Bad from/to, or pipelineId not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope dashboard:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such pipeline */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Views_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
                objectType?: "contact" | "company" | "deal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Views_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedViewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description You have a view of this list with the same name (ignoring case) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Views_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Views_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A shared view of another user (only its owner or an admin deletes it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such view, or a private view of another user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Views_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSavedViewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A shared view of another user (only its owner or an admin changes it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such view, or a private view of another user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description You have a view of this list with the same name (ignoring case) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to any API key (signed-in users only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFormDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope emails:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Forms_embed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormEmbedDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Refused to an API key without the scope emails:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublicForms_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such form (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    PublicForms_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    [key: string]: unknown;
                };
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Posted as JSON: the signup’s status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormSignupResultDto"];
                };
            };
            /** @description Posted as a form: to the form’s redirect URL, or its thank-you page */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A field is missing or wrong: a problem naming it (JSON), or the page with the errors (form) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description No such form */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many signups from this client; wait a minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
        };
    };
    PublicForms_thanks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such form (HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    Confirm_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmed (HTML page) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not a confirmation link (HTML page) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The link is older than 7 days (HTML page) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    Gdpr_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDataExportDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The contact does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Gdpr_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin or manager; refused to an API key without the scope contacts:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The contact does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointListDto"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_test: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhookEndpoints_redeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: within 24 hours, the same key with the same body answers the first status and body again (with `Idempotent-Replayed: true`) without acting twice; another body → 422; while the first request runs → 409. Keys are per caller; a 5xx is not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input: the `errors` member lists each failing field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Needs the role admin; refused to an API key without the scope webhooks:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was first used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests with this API key (API_RATE_LIMIT per minute): `Retry-After` gives the seconds to wait */
            429: {
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
