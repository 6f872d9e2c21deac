function a:(x) end
