"use client";

import { ActionForm } from "@/components/admin/action-form";
import { updateSettingsAction } from "@/lib/actions/admin/settings";

export function SettingsForm({ bylineStyle }: { bylineStyle: string }) {
  return (
    <ActionForm action={updateSettingsAction} label="保存设置" tone="primary" className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="font-medium">署名样式</legend>
        <label className="block">
          <input type="radio" name="bylineStyle" value="zh" defaultChecked={bylineStyle === "zh"} />{" "}
          中文:【中华工商时报记者 陈明 通讯员 苏显中】……(编辑 张晖)
        </label>
        <label className="block">
          <input type="radio" name="bylineStyle" value="en" defaultChecked={bylineStyle === "en"} /> English: By 陈明
          (中华工商时报); … Edited by 张晖
        </label>
      </fieldset>
    </ActionForm>
  );
}
