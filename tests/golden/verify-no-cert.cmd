$YONEDA verify specs/rot.xml --task Angle
