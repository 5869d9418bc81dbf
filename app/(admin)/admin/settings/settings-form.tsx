"use client";

import { ActionForm } from "@/components/admin/action-form";
import { updateSettingsAction } from "@/lib/actions/admin/settings";
import { CONTENT_LANGUAGES } from "@/lib/i18n/content-language";
import { LANGUAGES } from "@/lib/i18n/languages";
import type { Messages } from "@/lib/i18n";
import type { SiteSettings } from "@/lib/services/settings/site-settings";

interface Props {
  settings: SiteSettings;
  labels: Messages["admin"]["settings"];
  languageNames: Messages["languageNames"];
}

export function SettingsForm({ settings, labels, languageNames }: Props) {
  return (
    <ActionForm action={updateSettingsAction} label={labels.save} tone="primary" className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="font-medium">{labels.language}</legend>
        <p className="text-sm text-neutral-500">{labels.languageHint}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="block">
            <input type="radio" name="language" value={language} defaultChecked={settings.language === language} />{" "}
            {languageNames[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">{labels.contentLanguage}</legend>
        <p className="text-sm text-neutral-500">{labels.contentLanguageHint}</p>
        {CONTENT_LANGUAGES.map((language) => (
          <label key={language} className="block">
            <input
              type="radio"
              name="contentLanguage"
              value={language}
              defaultChecked={settings.contentLanguage === language}
            />{" "}
            {labels.contentLanguages[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">{labels.bylineStyle}</legend>
        <label className="block">
          <input type="radio" name="bylineStyle" value="zh" defaultChecked={settings.bylineStyle === "zh"} />{" "}
          {labels.bylineZh}
        </label>
        <label className="block">
          <input type="radio" name="bylineStyle" value="en" defaultChecked={settings.bylineStyle === "en"} />{" "}
          {labels.bylineEn}
        </label>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">{labels.security}</legend>
        <label className="block">
          <input type="checkbox" name="requireTwoFactor" defaultChecked={settings.requireTwoFactor} />{" "}
          {labels.requireTwoFactor}
        </label>
        <p className="text-sm text-neutral-500">{labels.requireTwoFactorHint}</p>
      </fieldset>
    </ActionForm>
  );
}
